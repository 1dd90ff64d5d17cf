extension Parser {
    /// `Document : Definition+`
    mutating func parseDocument() throws(SyntaxError) -> Document {
        let start = token
        var definitions: [Definition] = []
        repeat {
            definitions.append(try parseDefinition())
        } while !peek(.endOfFile)
        return Document(definitions: definitions, location: Location(start: start.start, end: lastEnd))
    }

    /// `Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension`
    ///
    /// A leading description is allowed on every definition but the query shorthand and the
    /// extensions, so the keyword may be the token after it.
    mutating func parseDefinition() throws(SyntaxError) -> Definition {
        if peek(.braceLeft) {
            return .operation(try parseOperationDefinition())
        }
        let hasDescription = peekDescription()
        let keyword = hasDescription ? try lookahead() : (token: token, stringValue: lexer.stringValue)
        if hasDescription, keyword.token.kind == .braceLeft {
            throw SyntaxError(
                message: "Unexpected description, descriptions are not supported on shorthand queries.",
                offset: token.start
            )
        }
        if keyword.token.kind == .name {
            switch lexer.text(keyword.token.start, keyword.token.end) {
            case "schema": return .schema(try parseSchemaDefinition())
            case "scalar": return .type(.scalar(try parseScalarTypeDefinition()))
            case "type": return .type(.object(try parseObjectTypeDefinition()))
            case "interface": return .type(.interface(try parseInterfaceTypeDefinition()))
            case "union": return .type(.union(try parseUnionTypeDefinition()))
            case "enum": return .type(.enumeration(try parseEnumTypeDefinition()))
            case "input": return .type(.inputObject(try parseInputObjectTypeDefinition()))
            case "directive": return .directive(try parseDirectiveDefinition())
            case "query", "mutation", "subscription": return .operation(try parseOperationDefinition())
            case "fragment": return .fragment(try parseFragmentDefinition())
            case "extend":
                if hasDescription {
                    throw SyntaxError(
                        message: "Unexpected description, only GraphQL definitions support descriptions.",
                        offset: token.start
                    )
                }
                return try parseTypeSystemExtension()
            default:
                if hasDescription {
                    throw SyntaxError(
                        message: "Unexpected description, only GraphQL definitions support descriptions.",
                        offset: token.start
                    )
                }
            }
        }
        throw unexpected(keyword.token, stringValue: keyword.stringValue)
    }

    /// ```
    /// OperationDefinition :
    ///   - Description? OperationType Name? VariablesDefinition? Directives? SelectionSet
    ///   - SelectionSet
    /// ```
    mutating func parseOperationDefinition() throws(SyntaxError) -> OperationDefinition {
        let start = token
        if peek(.braceLeft) {
            let selectionSet = try parseSelectionSet()
            return OperationDefinition(operation: .query, selectionSet: selectionSet, location: location(from: start))
        }
        let description = try parseDescription()
        let operation = try parseOperationType()
        let name = peek(.name) ? try parseName() : nil
        let variables = try parseVariableDefinitions()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return OperationDefinition(
            description: description,
            operation: operation,
            name: name,
            variableDefinitions: variables,
            directives: directives,
            selectionSet: selectionSet,
            location: location(from: start)
        )
    }

    /// `OperationType : one of query mutation subscription`
    mutating func parseOperationType() throws(SyntaxError) -> OperationType {
        let current = try expect(.name)
        if isKeyword(current, "query") { return .query }
        if isKeyword(current, "mutation") { return .mutation }
        if isKeyword(current, "subscription") { return .subscription }
        throw unexpected(current)
    }

    /// `VariablesDefinition : ( VariableDefinition+ )`
    mutating func parseVariableDefinitions() throws(SyntaxError) -> [VariableDefinition] {
        guard try expectOptional(.parenLeft) else { return [] }
        var definitions: [VariableDefinition] = []
        repeat {
            definitions.append(try parseVariableDefinition())
        } while try !expectOptional(.parenRight)
        return definitions
    }

    /// `VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?`
    mutating func parseVariableDefinition() throws(SyntaxError) -> VariableDefinition {
        let start = token
        let description = try parseDescription()
        let variable = try parseVariable()
        try expect(.colon)
        let type = try parseTypeReference()
        let defaultValue = try expectOptional(.equals) ? try parseValue(isConst: true) : nil
        let directives = try parseDirectives(isConst: true)
        return VariableDefinition(
            description: description,
            variable: variable,
            type: type,
            defaultValue: defaultValue,
            directives: directives,
            location: location(from: start)
        )
    }

    /// `Variable : $ Name`; the name's location spans the `$`.
    mutating func parseVariable() throws(SyntaxError) -> Name {
        let start = try expect(.dollar)
        let name = try parseName()
        return Name(name.value, location: location(from: start))
    }

    /// `FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet`
    mutating func parseFragmentDefinition() throws(SyntaxError) -> FragmentDefinition {
        let start = token
        let description = try parseDescription()
        try expectKeyword("fragment")
        let name = try parseFragmentName()
        try expectKeyword("on")
        let typeCondition = try parseNamedType()
        let directives = try parseDirectives(isConst: false)
        let selectionSet = try parseSelectionSet()
        return FragmentDefinition(
            description: description,
            name: name,
            typeCondition: typeCondition,
            directives: directives,
            selectionSet: selectionSet,
            location: location(from: start)
        )
    }

    /// `FragmentName : Name but not on`
    mutating func parseFragmentName() throws(SyntaxError) -> Name {
        if isKeyword(token, "on") { throw unexpected() }
        return try parseName()
    }
}
