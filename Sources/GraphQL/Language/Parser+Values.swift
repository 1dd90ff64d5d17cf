extension Parser {
    /// `Name :: NameStart NameContinue*` (the lexer has checked the characters).
    mutating func parseName() throws(SyntaxError) -> Name {
        let current = try expect(.name)
        return Name(lexer.text(current.start, current.end), location: Location(start: current.start, end: current.end))
    }

    /// `Arguments[Const] : ( Argument[?Const]+ )`, empty when absent.
    mutating func parseArguments(isConst: Bool) throws(SyntaxError) -> [Argument] {
        guard try expectOptional(.parenLeft) else { return [] }
        var arguments: [Argument] = []
        repeat {
            arguments.append(try parseArgument(isConst: isConst))
        } while try !expectOptional(.parenRight)
        return arguments
    }

    /// `Argument[Const] : Name : Value[?Const]`
    mutating func parseArgument(isConst: Bool) throws(SyntaxError) -> Argument {
        let start = token
        let name = try parseName()
        try expect(.colon)
        let value = try parseValue(isConst: isConst)
        return Argument(name: name, value: value, location: location(from: start))
    }

    /// `Directives[Const] : Directive[?Const]+`, empty when absent.
    mutating func parseDirectives(isConst: Bool) throws(SyntaxError) -> [Directive] {
        var directives: [Directive] = []
        while peek(.at) {
            directives.append(try parseDirective(isConst: isConst))
        }
        return directives
    }

    /// `Directive[Const] : @ Name Arguments[?Const]?`
    mutating func parseDirective(isConst: Bool) throws(SyntaxError) -> Directive {
        let start = try expect(.at)
        let name = try parseName()
        let arguments = try parseArguments(isConst: isConst)
        return Directive(name: name, arguments: arguments, location: location(from: start))
    }

    /// ```
    /// Value[Const] :
    ///   - [~Const] Variable
    ///   - IntValue
    ///   - FloatValue
    ///   - StringValue
    ///   - BooleanValue
    ///   - NullValue
    ///   - EnumValue
    ///   - ListValue[?Const]
    ///   - ObjectValue[?Const]
    /// ```
    /// `BooleanValue : one of true false`, `NullValue : null`, `EnumValue : Name but not true,
    /// false or null`.
    mutating func parseValue(isConst: Bool) throws(SyntaxError) -> ValueNode {
        let start = token
        let kind: ValueNode.Kind
        switch start.kind {
        case .bracketLeft:
            return try parseList(isConst: isConst)
        case .braceLeft:
            return try parseObject(isConst: isConst)
        case .int:
            kind = .int(lexer.text(start.start, start.end))
        case .float:
            kind = .float(lexer.text(start.start, start.end))
        case .string, .blockString:
            kind = .string(lexer.stringValue, block: start.kind == .blockString)
        case .name:
            if isKeyword(start, "true") {
                kind = .boolean(true)
            } else if isKeyword(start, "false") {
                kind = .boolean(false)
            } else if isKeyword(start, "null") {
                kind = .null
            } else {
                kind = .enumValue(lexer.text(start.start, start.end))
            }
        case .dollar:
            if isConst {
                try advance()
                if peek(.name) {
                    throw SyntaxError(
                        message: "Unexpected variable \"$\(lexer.text(token.start, token.end))\" in constant value.",
                        offset: start.start
                    )
                }
                throw unexpected(start)
            }
            let variable = try parseVariable()
            return ValueNode(.variable(variable.value), location: variable.location)
        default:
            throw unexpected()
        }
        try advance()
        return ValueNode(kind, location: Location(start: start.start, end: start.end))
    }

    /// `ListValue[Const] : [ ] | [ Value[?Const]+ ]`
    mutating func parseList(isConst: Bool) throws(SyntaxError) -> ValueNode {
        let start = token
        try enterNesting()
        defer { leaveNesting() }
        try expect(.bracketLeft)
        var values: [ValueNode] = []
        while try !expectOptional(.bracketRight) {
            values.append(try parseValue(isConst: isConst))
        }
        return ValueNode(.list(values), location: location(from: start))
    }

    /// `ObjectValue[Const] : { } | { ObjectField[?Const]+ }`
    mutating func parseObject(isConst: Bool) throws(SyntaxError) -> ValueNode {
        let start = token
        try enterNesting()
        defer { leaveNesting() }
        try expect(.braceLeft)
        var fields: [ObjectFieldNode] = []
        while try !expectOptional(.braceRight) {
            fields.append(try parseObjectField(isConst: isConst))
        }
        return ValueNode(.object(fields), location: location(from: start))
    }

    /// `ObjectField[Const] : Name : Value[?Const]`
    mutating func parseObjectField(isConst: Bool) throws(SyntaxError) -> ObjectFieldNode {
        let start = token
        let name = try parseName()
        try expect(.colon)
        let value = try parseValue(isConst: isConst)
        return ObjectFieldNode(name: name, value: value, location: location(from: start))
    }

    /// `Type : NamedType | ListType | NonNullType`, with `ListType : [ Type ]` and
    /// `NonNullType : NamedType ! | ListType !`.
    mutating func parseTypeReference() throws(SyntaxError) -> TypeNode {
        let start = token
        var type: TypeNode
        if try expectOptional(.bracketLeft) {
            try enterNesting()
            defer { leaveNesting() }
            let inner = try parseTypeReference()
            try expect(.bracketRight)
            type = .list(inner, location: location(from: start))
        } else {
            type = .named(try parseNamedType())
        }
        if try expectOptional(.bang) {
            type = .nonNull(type, location: location(from: start))
        }
        return type
    }

    /// `NamedType : Name`
    mutating func parseNamedType() throws(SyntaxError) -> NamedTypeNode {
        NamedTypeNode(name: try parseName())
    }

    /// Whether a `Description : StringValue` may start here.
    func peekDescription() -> Bool {
        token.kind == .string || token.kind == .blockString
    }

    /// `Description : StringValue`, when present.
    mutating func parseDescription() throws(SyntaxError) -> StringValueNode? {
        guard peekDescription() else { return nil }
        return try parseStringLiteral()
    }

    /// `StringValue`, quoted or block.
    mutating func parseStringLiteral() throws(SyntaxError) -> StringValueNode {
        let current = token
        let value = lexer.stringValue
        try advance()
        return StringValueNode(value, block: current.kind == .blockString, location: Location(start: current.start, end: current.end))
    }
}
