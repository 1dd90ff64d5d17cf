/// The source of `__Field`: a field of an object or interface.
package struct IntrospectedField: Sendable {
    package let schema: IntrospectedSchema
    package let field: FieldDefinition

    package init(_ field: FieldDefinition, in schema: IntrospectedSchema) {
        self.schema = schema
        self.field = field
    }
}
