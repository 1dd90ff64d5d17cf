/// The source of `__Type`: a type reference, named or wrapped, in the schema that holds it.
///
/// `ofType` peels one wrapper at a time, so the source keeps the whole ``TypeReference`` rather
/// than the named type alone.
package struct IntrospectedType: Sendable {
    package let schema: IntrospectedSchema
    package let reference: TypeReference

    package init(_ reference: TypeReference, in schema: IntrospectedSchema) {
        self.schema = schema
        self.reference = reference
    }

    /// The named type when the reference is not wrapped and the schema knows it.
    package var namedType: NamedType? {
        if case .named(let name) = reference { schema.namedType(name) } else { nil }
    }

    /// `__TypeKind` of the reference; nil for a name the schema does not know.
    package var kind: TypeKind? {
        switch reference {
        case .list: .list
        case .nonNull: .nonNull
        case .named: namedType?.kind
        }
    }

    /// The wrapped type of a list or non-null reference.
    package var ofType: IntrospectedType? {
        switch reference {
        case .named: nil
        case .list(let inner), .nonNull(let inner): IntrospectedType(inner, in: schema)
        }
    }
}
