/// The schema as validation reads it: every type, field, argument and input field numbered, with
/// the named type of each reference resolved in advance.
///
/// Validation looks a type or field up at every field of a document. Through ``Schema`` that is a
/// hash of the name and a copy of a definition full of reference-counted members; through the
/// index it is a short scan of a few names and integers held on a stack. Build the index once per
/// schema and pass it to ``Validator/validate(_:source:index:rules:maxErrors:)`` (an engine keeps
/// one); ``Validator/validate(_:source:schema:rules:maxErrors:)`` builds one per call.
package final class SchemaIndex: Sendable {
    /// One named type. Entries are small, and the definitions sit in arrays of their own, so
    /// that reading an entry copies little.
    struct TypeEntry: Sendable {
        let name: String
        let kind: TypeKind
        /// The fields of an object or interface, the input fields of an input object, as indices
        /// into ``SchemaIndex/fields`` or ``SchemaIndex/inputValues``.
        let members: Range<Int32>
        /// Whether ``SchemaIndex/memberLookups`` has the type's members; small types are scanned.
        let hasMemberLookup: Bool
        /// Whether the type is one of the specification's scalars (Int, Float, String, Boolean, ID).
        let isBuiltInScalar: Bool
        /// Whether the type is a `@oneOf` input object.
        let isOneOf: Bool
    }

    /// One field of an object or interface, or a meta-field.
    struct FieldEntry: Sendable {
        let name: String
        /// The named type of the field's type, -1 when the schema has no such type.
        let namedType: Int32
        /// The field's arguments, as indices into ``SchemaIndex/inputValues``.
        let arguments: Range<Int32>
        /// Whether some argument is non-null without a default, and so must be given.
        let hasRequiredArguments: Bool
    }

    /// One argument of a field or directive, or one field of an input object.
    struct InputValueEntry: Sendable {
        let name: String
        let type: TypeReference
        /// The named type of the value's type, -1 when the schema has no such type.
        let namedType: Int32
        let hasDefault: Bool

        /// Whether a value must be given: the type is non-null and there is no default.
        var isRequired: Bool { type.isNonNull && !hasDefault }
    }

    /// One directive.
    struct DirectiveEntry: Sendable {
        let definition: DirectiveDefinition
        let arguments: Range<Int32>
    }

    package let schema: Schema
    let types: [TypeEntry]
    /// The types themselves, by the same numbers as ``types``.
    let namedTypes: [NamedType]
    /// The members of the types with many members, by name and type number.
    let memberLookups: NameTable
    /// The values of every enum type, by name and type number (each value's position in its type).
    let enumValues: NameTable
    /// The literal coercion of each scalar type, by type number; nil for other types.
    let scalarLiteralParsers: [(@Sendable (ValueNode) throws(CoercionError) -> Value)?]
    let fields: [FieldEntry]
    let fieldDefinitions: [FieldDefinition]
    let inputValues: [InputValueEntry]
    let inputValueDefinitions: [InputValueDefinition]
    let directives: [DirectiveEntry]
    private let typeIDs: NameTable
    private let directiveIDs: NameTable
    let queryType: Int32
    let mutationType: Int32
    let subscriptionType: Int32
    /// `__typename`, `__schema` and `__type`, as entries of ``fields``.
    let typeNameField: Int32
    let schemaField: Int32
    let typeField: Int32

    /// Types with more members than this get a lookup table rather than a scan.
    private static let scanLimit = 6

    package init(_ schema: Schema) {
        self.schema = schema
        var typeIDs = NameTable(capacity: schema.typeNames.count)
        for (offset, name) in schema.typeNames.enumerated() {
            typeIDs.set(name, to: Int32(offset))
        }
        func id(of reference: TypeReference) -> Int32 {
            typeIDs.value(of: reference.namedType) ?? -1
        }
        var fields: [FieldEntry] = []
        var fieldDefinitions: [FieldDefinition] = []
        var inputValues: [InputValueEntry] = []
        var inputValueDefinitions: [InputValueDefinition] = []
        func addInputValues(_ definitions: [InputValueDefinition]) -> Range<Int32> {
            let start = Int32(inputValues.count)
            for definition in definitions {
                inputValues.append(InputValueEntry(
                    name: definition.name,
                    type: definition.type,
                    namedType: id(of: definition.type),
                    hasDefault: definition.defaultValueNode != nil || definition.defaultValue != nil
                ))
                inputValueDefinitions.append(definition)
            }
            return start..<Int32(inputValues.count)
        }
        func addField(_ definition: FieldDefinition) {
            let arguments = addInputValues(definition.arguments)
            let required = definition.arguments.contains { $0.type.isNonNull && $0.defaultValueNode == nil && $0.defaultValue == nil }
            fields.append(FieldEntry(name: definition.name, namedType: id(of: definition.type), arguments: arguments, hasRequiredArguments: required))
            fieldDefinitions.append(definition)
        }
        var types: [TypeEntry] = []
        var namedTypes: [NamedType] = []
        var memberLookups = NameTable()
        var enumValues = NameTable()
        var scalarLiteralParsers: [(@Sendable (ValueNode) throws(CoercionError) -> Value)?] = []
        types.reserveCapacity(schema.typeNames.count)
        for name in schema.typeNames {
            guard let type = schema.types[name] else { continue }
            var members: Range<Int32> = 0..<0
            var names: [String] = []
            switch type {
            case .object, .interface:
                let start = Int32(fields.count)
                for field in type.fields { addField(field) }
                members = start..<Int32(fields.count)
                names = type.fields.map(\.name)
            case .inputObject(let object):
                members = addInputValues(object.fields)
                names = object.fields.map(\.name)
            default:
                break
            }
            let hasLookup = names.count > Self.scanLimit
            if hasLookup {
                let owner = Int32(types.count)
                for (offset, memberName) in names.enumerated() where memberLookups.value(of: memberName, in: owner) == nil {
                    memberLookups.set(memberName, in: owner, to: members.lowerBound + Int32(offset))
                }
            }
            var isBuiltInScalar = false
            var isOneOf = false
            var parser: (@Sendable (ValueNode) throws(CoercionError) -> Value)?
            switch type {
            case .scalar(let scalar):
                isBuiltInScalar = ScalarType.isBuiltIn(scalar.name)
                parser = scalar.coercion.parseLiteral
            case .enumeration(let enumeration):
                for (offset, value) in enumeration.values.enumerated() where enumValues.value(of: value.name, in: Int32(types.count)) == nil {
                    enumValues.set(value.name, in: Int32(types.count), to: Int32(offset))
                }
            case .inputObject(let object):
                isOneOf = object.isOneOf
            default:
                break
            }
            types.append(TypeEntry(
                name: name, kind: type.kind, members: members, hasMemberLookup: hasLookup,
                isBuiltInScalar: isBuiltInScalar, isOneOf: isOneOf
            ))
            namedTypes.append(type)
            scalarLiteralParsers.append(parser)
        }
        typeNameField = Int32(fields.count)
        addField(TypeInfo.typeNameField)
        schemaField = Int32(fields.count)
        addField(TypeInfo.schemaField)
        typeField = Int32(fields.count)
        addField(TypeInfo.typeField)

        var directives: [DirectiveEntry] = []
        var directiveIDs = NameTable(capacity: schema.directiveNames.count)
        for name in schema.directiveNames {
            guard let directive = schema.directives[name] else { continue }
            directiveIDs.set(name, to: Int32(directives.count))
            directives.append(DirectiveEntry(definition: directive, arguments: addInputValues(directive.arguments)))
        }

        func rootID(_ name: String?) -> Int32 {
            guard let name, let id = typeIDs.value(of: name), types[Int(id)].kind == .object else { return -1 }
            return id
        }
        self.queryType = rootID(schema.queryType)
        self.mutationType = rootID(schema.mutationType)
        self.subscriptionType = rootID(schema.subscriptionType)
        self.types = types
        self.namedTypes = namedTypes
        self.memberLookups = memberLookups
        self.enumValues = enumValues
        self.scalarLiteralParsers = scalarLiteralParsers
        self.fields = fields
        self.fieldDefinitions = fieldDefinitions
        self.inputValues = inputValues
        self.inputValueDefinitions = inputValueDefinitions
        self.directives = directives
        self.typeIDs = typeIDs
        self.directiveIDs = directiveIDs
    }

    /// The number of the type named `name`, -1 when there is none.
    func typeID(named name: String) -> Int32 {
        typeIDs.value(of: name) ?? -1
    }

    /// Whether the type numbered `id` is an object, interface or union.
    func isComposite(_ id: Int32) -> Bool {
        let kind = types[Int(id)].kind
        return kind == .object || kind == .interface || kind == .union
    }

    /// Whether the type numbered `id` is a scalar, enum or input object.
    func isInput(_ id: Int32) -> Bool {
        let kind = types[Int(id)].kind
        return kind == .scalar || kind == .enumeration || kind == .inputObject
    }

    /// The number of the root type of `operation`, -1 when the schema has none (or it is not an
    /// object type).
    func rootTypeID(for operation: OperationType) -> Int32 {
        switch operation {
        case .query: queryType
        case .mutation: mutationType
        case .subscription: subscriptionType
        }
    }

    /// The number of the directive named `name`, -1 when there is none.
    func directiveID(named name: String) -> Int32 {
        directiveIDs.value(of: name) ?? -1
    }

    /// The field `name` selected on the composite type `parent`, meta-fields included; -1 when
    /// there is none.
    func fieldID(named name: String, on parent: Int32) -> Int32 {
        let kind = types[Int(parent)].kind
        if name.utf8.first == UInt8(ascii: "_") {
            if name == "__typename" { return kind == .object || kind == .interface || kind == .union ? typeNameField : -1 }
            if parent == queryType {
                if name == "__schema" { return schemaField }
                if name == "__type" { return typeField }
            }
        }
        guard kind == .object || kind == .interface else { return -1 }
        if types[Int(parent)].hasMemberLookup { return memberLookups.value(of: name, in: parent) ?? -1 }
        // Lengths first (names are ASCII, so equal names have equal lengths): telling two
        // different names apart by their characters costs more.
        let length = name.utf8.count
        for candidate in types[Int(parent)].members
        where fields[Int(candidate)].name.utf8.count == length && fields[Int(candidate)].name == name {
            return candidate
        }
        return -1
    }

    /// The input field `name` of the input object `parent`, as an index into ``inputValues``;
    /// -1 when there is none.
    func inputFieldID(named name: String, on parent: Int32) -> Int32 {
        guard types[Int(parent)].kind == .inputObject else { return -1 }
        if types[Int(parent)].hasMemberLookup { return memberLookups.value(of: name, in: parent) ?? -1 }
        let length = name.utf8.count
        for candidate in types[Int(parent)].members
        where inputValues[Int(candidate)].name.utf8.count == length && inputValues[Int(candidate)].name == name {
            return candidate
        }
        return -1
    }

    /// The argument `name` among `arguments`, as an index into ``inputValues``; -1 when none.
    func argumentID(named name: String, in arguments: Range<Int32>) -> Int32 {
        let length = name.utf8.count
        for candidate in arguments where inputValues[Int(candidate)].name.utf8.count == length && inputValues[Int(candidate)].name == name {
            return candidate
        }
        return -1
    }
}
