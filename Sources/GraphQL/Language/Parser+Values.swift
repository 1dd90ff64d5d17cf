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
        arguments.reserveCapacity(2)  // one allocation for the usual one or two arguments
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
    /// ListValue[Const] : [ ] | [ Value[?Const]+ ]
    /// ObjectValue[Const] : { } | { ObjectField[?Const]+ }
    /// ObjectField[Const] : Name : Value[?Const]
    /// ```
    /// Nested lists and objects are read with a stack of open containers on the heap rather than
    /// by recursion, so that no value, however deep, can exhaust the thread's stack; the depth
    /// limit is counted all the same.
    mutating func parseValue(isConst: Bool) throws(SyntaxError) -> ValueNode {
        guard peek(.bracketLeft) || peek(.braceLeft) else { return try parseScalarValue(isConst: isConst) }
        var open = [try openContainer(fieldName: nil)]
        while true {
            let top = open.count - 1
            if try expectOptional(open[top].isList ? .bracketRight : .braceRight) {
                let closed = open.removeLast()
                leaveNesting()
                let node = ValueNode(
                    closed.isList ? .list(closed.values) : .object(closed.fields),
                    location: Location(start: closed.start, end: lastEnd)
                )
                guard !open.isEmpty else { return node }
                if let name = closed.fieldName {
                    let field = ObjectFieldNode(name: name, value: node, location: Location(start: name.location.start, end: lastEnd))
                    open[open.count - 1].fields.append(field)
                } else {
                    open[open.count - 1].values.append(node)
                }
                continue
            }
            var fieldName: Name?
            if !open[top].isList {
                fieldName = try parseName()
                try expect(.colon)
            }
            if peek(.bracketLeft) || peek(.braceLeft) {
                open.append(try openContainer(fieldName: fieldName))
                continue
            }
            let value = try parseScalarValue(isConst: isConst)
            if let fieldName {
                let field = ObjectFieldNode(name: fieldName, value: value, location: Location(start: fieldName.location.start, end: lastEnd))
                open[top].fields.append(field)
            } else {
                open[top].values.append(value)
            }
        }
    }

    /// Reads the `[` or `{` of a list or object value, counting one more level of nesting.
    private mutating func openContainer(fieldName: Name?) throws(SyntaxError) -> OpenContainer {
        let start = token
        try enterNesting()
        try advance()
        return OpenContainer(start: start.start, isList: start.kind == .bracketLeft, fieldName: fieldName)
    }

    /// A value that is neither a list nor an object: a variable (unless `isConst`), a number, a
    /// string, a boolean, null or an enum value. `BooleanValue : one of true false`,
    /// `NullValue : null`, `EnumValue : Name but not true, false or null`.
    private mutating func parseScalarValue(isConst: Bool) throws(SyntaxError) -> ValueNode {
        let start = token
        let kind: ValueNode.Kind
        switch start.kind {
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

    /// `Type : NamedType | ListType | NonNullType`, with `ListType : [ Type ]` and
    /// `NonNullType : NamedType ! | ListType !`.
    ///
    /// Read without recursion: the opening brackets first, then the named type, then each
    /// closing bracket and its optional `!` from the inside out.
    mutating func parseTypeReference() throws(SyntaxError) -> TypeNode {
        var listStarts: [Int] = []
        while peek(.bracketLeft) {
            listStarts.append(token.start)
            try advance()
            try enterNesting()
        }
        let named = try parseNamedType()
        var type = TypeNode.named(named)
        if try expectOptional(.bang) {
            type = .nonNull(type, location: Location(start: named.location.start, end: lastEnd))
        }
        while let start = listStarts.popLast() {
            try expect(.bracketRight)
            type = .list(type, location: Location(start: start, end: lastEnd))
            if try expectOptional(.bang) {
                type = .nonNull(type, location: Location(start: start, end: lastEnd))
            }
            leaveNesting()
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

/// A list or object value being read by ``Parser/parseValue(isConst:)``.
private struct OpenContainer {
    /// Offset of the `[` or `{`.
    var start: Int
    var isList: Bool
    var values: [ValueNode] = []
    var fields: [ObjectFieldNode] = []
    /// The name of the object field whose value this container is, if any.
    var fieldName: Name?
}
