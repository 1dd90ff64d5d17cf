extension Parser {
    /// ```
    /// TypeSystemExtension : SchemaExtension | TypeExtension
    /// TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension
    ///   | UnionTypeExtension | EnumTypeExtension | InputObjectTypeExtension
    /// ```
    /// Each extension must add something: an `extend type T` with nothing after the name is an
    /// error at the token that should have added it.
    mutating func parseTypeSystemExtension() throws(SyntaxError) -> Definition {
        let (keyword, stringValue) = try lookahead()
        let start = token
        guard keyword.kind == .name else { throw unexpected(keyword, stringValue: stringValue) }
        switch lexer.text(keyword.start, keyword.end) {
        case "schema":
            try advance(2)
            let directives = try parseDirectives(isConst: true)
            var operationTypes: [OperationTypeDefinitionNode] = []
            if try expectOptional(.braceLeft) {
                repeat {
                    operationTypes.append(try parseOperationTypeDefinition())
                } while try !expectOptional(.braceRight)
            }
            if directives.isEmpty, operationTypes.isEmpty { throw unexpected() }
            return .schemaExtension(SchemaDefinitionNode(directives: directives, operationTypes: operationTypes, location: location(from: start)))
        case "scalar":
            try advance(2)
            let name = try parseName()
            let directives = try parseDirectives(isConst: true)
            if directives.isEmpty { throw unexpected() }
            return .typeExtension(.scalar(ScalarTypeDefinitionNode(name: name, directives: directives, location: location(from: start))))
        case "type", "interface":
            let isObject = isKeyword(keyword, "type")
            try advance(2)
            let name = try parseName()
            let interfaces = try parseImplementsInterfaces()
            let directives = try parseDirectives(isConst: true)
            let fields = try parseFieldsDefinition()
            if interfaces.isEmpty, directives.isEmpty, fields.isEmpty { throw unexpected() }
            if isObject {
                return .typeExtension(.object(ObjectTypeDefinitionNode(
                    name: name, interfaces: interfaces, directives: directives, fields: fields, location: location(from: start)
                )))
            }
            return .typeExtension(.interface(InterfaceTypeDefinitionNode(
                name: name, interfaces: interfaces, directives: directives, fields: fields, location: location(from: start)
            )))
        case "union":
            try advance(2)
            let name = try parseName()
            let directives = try parseDirectives(isConst: true)
            let types = try parseUnionMemberTypes()
            if directives.isEmpty, types.isEmpty { throw unexpected() }
            return .typeExtension(.union(UnionTypeDefinitionNode(name: name, directives: directives, types: types, location: location(from: start))))
        case "enum":
            try advance(2)
            let name = try parseName()
            let directives = try parseDirectives(isConst: true)
            let values = try parseEnumValuesDefinition()
            if directives.isEmpty, values.isEmpty { throw unexpected() }
            return .typeExtension(.enumeration(EnumTypeDefinitionNode(name: name, directives: directives, values: values, location: location(from: start))))
        case "input":
            try advance(2)
            let name = try parseName()
            let directives = try parseDirectives(isConst: true)
            let fields = try parseInputFieldsDefinition()
            if directives.isEmpty, fields.isEmpty { throw unexpected() }
            return .typeExtension(.inputObject(InputObjectTypeDefinitionNode(
                name: name, directives: directives, fields: fields, location: location(from: start)
            )))
        default:
            throw unexpected(keyword)
        }
    }

    /// Consumes `count` tokens already known to be there: `extend` and its kind keyword.
    private mutating func advance(_ count: Int) throws(SyntaxError) {
        for _ in 0..<count { try advance() }
    }
}
