extension Parser {
    /// `SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }`
    mutating func parseSchemaDefinition() throws(SyntaxError) -> SchemaDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("schema")
        let directives = try parseDirectives(isConst: true)
        try expect(.braceLeft)
        var operationTypes: [OperationTypeDefinitionNode] = []
        repeat {
            operationTypes.append(try parseOperationTypeDefinition())
        } while try !expectOptional(.braceRight)
        return SchemaDefinitionNode(
            description: description,
            directives: directives,
            operationTypes: operationTypes,
            location: location(from: start)
        )
    }

    /// `RootOperationTypeDefinition : OperationType : NamedType`
    mutating func parseOperationTypeDefinition() throws(SyntaxError) -> OperationTypeDefinitionNode {
        let start = token
        let operation = try parseOperationType()
        try expect(.colon)
        let type = try parseNamedType()
        return OperationTypeDefinitionNode(operation: operation, type: type, location: location(from: start))
    }

    /// `ScalarTypeDefinition : Description? scalar Name Directives[Const]?`
    mutating func parseScalarTypeDefinition() throws(SyntaxError) -> ScalarTypeDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("scalar")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        return ScalarTypeDefinitionNode(description: description, name: name, directives: directives, location: location(from: start))
    }

    /// `ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?`
    mutating func parseObjectTypeDefinition() throws(SyntaxError) -> ObjectTypeDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("type")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        return ObjectTypeDefinitionNode(
            description: description,
            name: name,
            interfaces: interfaces,
            directives: directives,
            fields: fields,
            location: location(from: start)
        )
    }

    /// `ImplementsInterfaces : implements &? NamedType | ImplementsInterfaces & NamedType`
    mutating func parseImplementsInterfaces() throws(SyntaxError) -> [NamedTypeNode] {
        guard try expectOptionalKeyword("implements") else { return [] }
        _ = try expectOptional(.ampersand)
        var interfaces: [NamedTypeNode] = []
        repeat {
            interfaces.append(try parseNamedType())
        } while try expectOptional(.ampersand)
        return interfaces
    }

    /// `FieldsDefinition : { FieldDefinition+ }`, empty when absent.
    mutating func parseFieldsDefinition() throws(SyntaxError) -> [FieldDefinitionNode] {
        guard try expectOptional(.braceLeft) else { return [] }
        var fields: [FieldDefinitionNode] = []
        repeat {
            fields.append(try parseFieldDefinition())
        } while try !expectOptional(.braceRight)
        return fields
    }

    /// `FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?`
    mutating func parseFieldDefinition() throws(SyntaxError) -> FieldDefinitionNode {
        let start = token
        let description = try parseDescription()
        let name = try parseName()
        let arguments = try parseArgumentsDefinition()
        try expect(.colon)
        let type = try parseTypeReference()
        let directives = try parseDirectives(isConst: true)
        return FieldDefinitionNode(
            description: description,
            name: name,
            arguments: arguments,
            type: type,
            directives: directives,
            location: location(from: start)
        )
    }

    /// `ArgumentsDefinition : ( InputValueDefinition+ )`, empty when absent.
    mutating func parseArgumentsDefinition() throws(SyntaxError) -> [InputValueDefinitionNode] {
        guard try expectOptional(.parenLeft) else { return [] }
        var arguments: [InputValueDefinitionNode] = []
        repeat {
            arguments.append(try parseInputValueDefinition())
        } while try !expectOptional(.parenRight)
        return arguments
    }

    /// `InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?`
    mutating func parseInputValueDefinition() throws(SyntaxError) -> InputValueDefinitionNode {
        let start = token
        let description = try parseDescription()
        let name = try parseName()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValue(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return InputValueDefinitionNode(
            description: description,
            name: name,
            type: type,
            defaultValue: defaultValue,
            directives: directives,
            location: location(from: start)
        )
    }

    /// `InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?`
    mutating func parseInterfaceTypeDefinition() throws(SyntaxError) -> InterfaceTypeDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("interface")
        let name = try parseName()
        let interfaces = try parseImplementsInterfaces()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseFieldsDefinition()
        return InterfaceTypeDefinitionNode(
            description: description,
            name: name,
            interfaces: interfaces,
            directives: directives,
            fields: fields,
            location: location(from: start)
        )
    }

    /// `UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?`
    mutating func parseUnionTypeDefinition() throws(SyntaxError) -> UnionTypeDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("union")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let types = try parseUnionMemberTypes()
        return UnionTypeDefinitionNode(
            description: description,
            name: name,
            directives: directives,
            types: types,
            location: location(from: start)
        )
    }

    /// `UnionMemberTypes : = |? NamedType | UnionMemberTypes | NamedType`, empty when absent.
    mutating func parseUnionMemberTypes() throws(SyntaxError) -> [NamedTypeNode] {
        guard try expectOptional(.equals) else { return [] }
        _ = try expectOptional(.pipe)
        var types: [NamedTypeNode] = []
        repeat {
            types.append(try parseNamedType())
        } while try expectOptional(.pipe)
        return types
    }

    /// `EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?`
    mutating func parseEnumTypeDefinition() throws(SyntaxError) -> EnumTypeDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("enum")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let values = try parseEnumValuesDefinition()
        return EnumTypeDefinitionNode(
            description: description,
            name: name,
            directives: directives,
            values: values,
            location: location(from: start)
        )
    }

    /// `EnumValuesDefinition : { EnumValueDefinition+ }`, empty when absent.
    mutating func parseEnumValuesDefinition() throws(SyntaxError) -> [EnumValueDefinitionNode] {
        guard try expectOptional(.braceLeft) else { return [] }
        var values: [EnumValueDefinitionNode] = []
        repeat {
            values.append(try parseEnumValueDefinition())
        } while try !expectOptional(.braceRight)
        return values
    }

    /// `EnumValueDefinition : Description? EnumValue Directives[Const]?`, where
    /// `EnumValue : Name but not true, false or null`.
    mutating func parseEnumValueDefinition() throws(SyntaxError) -> EnumValueDefinitionNode {
        let start = token
        let description = try parseDescription()
        if isKeyword(token, "true") || isKeyword(token, "false") || isKeyword(token, "null") {
            throw SyntaxError(message: "\(describe(token)) is reserved and cannot be used for an enum value.", offset: token.start)
        }
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        return EnumValueDefinitionNode(description: description, name: name, directives: directives, location: location(from: start))
    }

    /// `InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?`
    mutating func parseInputObjectTypeDefinition() throws(SyntaxError) -> InputObjectTypeDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("input")
        let name = try parseName()
        let directives = try parseDirectives(isConst: true)
        let fields = try parseInputFieldsDefinition()
        return InputObjectTypeDefinitionNode(
            description: description,
            name: name,
            directives: directives,
            fields: fields,
            location: location(from: start)
        )
    }

    /// `InputFieldsDefinition : { InputValueDefinition+ }`, empty when absent.
    mutating func parseInputFieldsDefinition() throws(SyntaxError) -> [InputValueDefinitionNode] {
        guard try expectOptional(.braceLeft) else { return [] }
        var fields: [InputValueDefinitionNode] = []
        repeat {
            fields.append(try parseInputValueDefinition())
        } while try !expectOptional(.braceRight)
        return fields
    }

    /// `DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations`
    mutating func parseDirectiveDefinition() throws(SyntaxError) -> DirectiveDefinitionNode {
        let start = token
        let description = try parseDescription()
        try expectKeyword("directive")
        try expect(.at)
        let name = try parseName()
        let arguments = try parseArgumentsDefinition()
        let isRepeatable = try expectOptionalKeyword("repeatable")
        try expectKeyword("on")
        let locations = try parseDirectiveLocations()
        return DirectiveDefinitionNode(
            description: description,
            name: name,
            arguments: arguments,
            isRepeatable: isRepeatable,
            locations: locations,
            location: location(from: start)
        )
    }

    /// `DirectiveLocations : |? DirectiveLocation | DirectiveLocations | DirectiveLocation`, where
    /// `DirectiveLocation` is one of the executable and type-system location names.
    mutating func parseDirectiveLocations() throws(SyntaxError) -> [Name] {
        _ = try expectOptional(.pipe)
        var locations: [Name] = []
        repeat {
            let start = token
            let name = try parseName()
            guard DirectiveLocation(rawValue: name.value) != nil else { throw unexpected(start) }
            locations.append(name)
        } while try expectOptional(.pipe)
        return locations
    }
}
