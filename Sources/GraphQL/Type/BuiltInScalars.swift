/// The five scalars every schema has, with the coercion rules of the specification and the error
/// messages of graphql-js.
///
/// Result coercion (``ScalarCoercion/serialize``) is lenient where no information is lost, as the
/// specification allows and graphql-js does: an integral float is an `Int`, a boolean is `1`/`0`,
/// a number is a `String`. Input coercion is strict: a literal must have the scalar's own form,
/// and a variable's JSON value must be of the scalar's JSON type.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Scalars.Built-in-Scalars
extension ScalarType {
    /// A signed 32-bit integer.
    package static let int = ScalarType(
        name: "Int",
        description: "A whole number from -(2^31) to 2^31 - 1: a signed 32-bit integer.",
        coercion: ScalarCoercion(serialize: IntCoercion.serialize, parseValue: IntCoercion.parseValue, parseLiteral: IntCoercion.parseLiteral)
    )

    /// A finite IEEE 754 double.
    package static let float = ScalarType(
        name: "Float",
        description: "A signed, finite double-precision number (IEEE 754).",
        coercion: ScalarCoercion(serialize: FloatCoercion.serialize, parseValue: FloatCoercion.parseValue, parseLiteral: FloatCoercion.parseLiteral)
    )

    /// Unicode text.
    package static let string = ScalarType(
        name: "String",
        description: "Unicode text, written in responses as a UTF-8 JSON string.",
        coercion: ScalarCoercion(serialize: StringCoercion.serialize, parseValue: StringCoercion.parseValue, parseLiteral: StringCoercion.parseLiteral)
    )

    /// `true` or `false`.
    package static let boolean = ScalarType(
        name: "Boolean",
        description: "A truth value: `true` or `false`.",
        coercion: ScalarCoercion(serialize: BooleanCoercion.serialize, parseValue: BooleanCoercion.parseValue, parseLiteral: BooleanCoercion.parseLiteral)
    )

    /// An opaque identifier, written as a string; accepts strings and integers as input.
    package static let id = ScalarType(
        name: "ID",
        description: "An opaque identifier, such as the key to fetch an object again. Responses write it as a string; "
            + "inputs may give it as a string (\"4\") or an integer (4).",
        coercion: ScalarCoercion(serialize: IDCoercion.serialize, parseValue: IDCoercion.parseValue, parseLiteral: IDCoercion.parseLiteral)
    )

    /// The built-in scalars, in the order the specification lists them.
    package static let builtIns: [ScalarType] = [.int, .float, .string, .boolean, .id]

    /// Whether `name` is one of the specification's five scalars.
    package static func isBuiltIn(_ name: String) -> Bool {
        switch name {
        case "Int", "Float", "String", "Boolean", "ID": true
        default: false
        }
    }
}

/// `Int`: https://spec.graphql.org/September2025/#sec-Int
enum IntCoercion {
    static func serialize(_ value: Value) throws(CoercionError) -> Value {
        switch value {
        case .int(let number):
            return try checked(number, quoted: value)
        case .float(let number):
            return try integral(number, quoted: value)
        case .bool(let flag):
            return .int(flag ? 1 : 0)
        case .string(let text) where !text.isEmpty:
            guard let number = Double(text.trimmingJavaScriptWhitespace) else { throw nonInteger(value) }
            return try integral(number, quoted: value)
        default:
            throw nonInteger(value)
        }
    }

    /// A JSON number is accepted when it is integral: JSON does not tell `1` from `1.0`, and
    /// graphql-js accepts both.
    static func parseValue(_ value: Value) throws(CoercionError) -> Value {
        switch value {
        case .int(let number): return try checked(number, quoted: value)
        case .float(let number): return try integral(number, quoted: value)
        default: throw nonInteger(value)
        }
    }

    static func parseLiteral(_ node: ValueNode) throws(CoercionError) -> Value {
        guard case .int(let text) = node.kind else {
            throw CoercionError("Int cannot represent non-integer value: \(LiteralText.of(node))")
        }
        guard let number = Int32(text) else {
            throw CoercionError("Int cannot represent non 32-bit signed integer value: \(text)")
        }
        return .int(Int(number))
    }

    private static func integral(_ number: Double, quoted: Value) throws(CoercionError) -> Value {
        guard number.isFinite, number.rounded(.towardZero) == number else { throw nonInteger(quoted) }
        guard let exact = Int32(exactly: number) else { throw outOfRange(quoted) }
        return .int(Int(exact))
    }

    private static func checked(_ number: Int, quoted: Value) throws(CoercionError) -> Value {
        guard Int32(exactly: number) != nil else { throw outOfRange(quoted) }
        return .int(number)
    }

    private static func nonInteger(_ value: Value) -> CoercionError {
        CoercionError("Int cannot represent non-integer value: \(value.inspected)")
    }

    private static func outOfRange(_ value: Value) -> CoercionError {
        CoercionError("Int cannot represent non 32-bit signed integer value: \(value.inspected)")
    }
}

/// `Float`: https://spec.graphql.org/September2025/#sec-Float
enum FloatCoercion {
    static func serialize(_ value: Value) throws(CoercionError) -> Value {
        switch value {
        case .int(let number): return .float(Double(number))
        case .float(let number) where number.isFinite: return value
        case .bool(let flag): return .float(flag ? 1 : 0)
        case .string(let text) where !text.isEmpty:
            guard let number = Double(text.trimmingJavaScriptWhitespace), number.isFinite else { throw nonNumeric(value) }
            return .float(number)
        default: throw nonNumeric(value)
        }
    }

    static func parseValue(_ value: Value) throws(CoercionError) -> Value {
        switch value {
        case .int(let number): return .float(Double(number))
        case .float(let number) where number.isFinite: return value
        default: throw nonNumeric(value)
        }
    }

    static func parseLiteral(_ node: ValueNode) throws(CoercionError) -> Value {
        switch node.kind {
        case .int(let text), .float(let text):
            guard let number = Double(text), number.isFinite else {
                throw CoercionError("Float cannot represent non numeric value: \(text)")
            }
            return .float(number)
        default:
            throw CoercionError("Float cannot represent non numeric value: \(LiteralText.of(node))")
        }
    }

    private static func nonNumeric(_ value: Value) -> CoercionError {
        CoercionError("Float cannot represent non numeric value: \(value.inspected)")
    }
}

/// `String`: https://spec.graphql.org/September2025/#sec-String
enum StringCoercion {
    static func serialize(_ value: Value) throws(CoercionError) -> Value {
        switch value {
        case .string: return value
        case .bool(let flag): return .string(flag ? "true" : "false")
        case .int(let number): return .string(String(number))
        case .float(let number) where number.isFinite: return .string(NumberText.javaScript(number))
        default: throw CoercionError("String cannot represent value: \(value.inspected)")
        }
    }

    static func parseValue(_ value: Value) throws(CoercionError) -> Value {
        guard case .string = value else {
            throw CoercionError("String cannot represent a non string value: \(value.inspected)")
        }
        return value
    }

    static func parseLiteral(_ node: ValueNode) throws(CoercionError) -> Value {
        guard case .string(let text, _) = node.kind else {
            throw CoercionError("String cannot represent a non string value: \(LiteralText.of(node))")
        }
        return .string(text)
    }
}

/// `Boolean`: https://spec.graphql.org/September2025/#sec-Boolean
enum BooleanCoercion {
    static func serialize(_ value: Value) throws(CoercionError) -> Value {
        switch value {
        case .bool: return value
        case .int(let number): return .bool(number != 0)
        case .float(let number) where number.isFinite: return .bool(number != 0)
        default: throw CoercionError("Boolean cannot represent a non boolean value: \(value.inspected)")
        }
    }

    static func parseValue(_ value: Value) throws(CoercionError) -> Value {
        guard case .bool = value else {
            throw CoercionError("Boolean cannot represent a non boolean value: \(value.inspected)")
        }
        return value
    }

    static func parseLiteral(_ node: ValueNode) throws(CoercionError) -> Value {
        guard case .boolean(let flag) = node.kind else {
            throw CoercionError("Boolean cannot represent a non boolean value: \(LiteralText.of(node))")
        }
        return .bool(flag)
    }
}

/// `ID`: https://spec.graphql.org/September2025/#sec-ID
enum IDCoercion {
    static func serialize(_ value: Value) throws(CoercionError) -> Value {
        try parseValue(value)
    }

    static func parseValue(_ value: Value) throws(CoercionError) -> Value {
        switch value {
        case .string: return value
        case .int(let number): return .string(String(number))
        case .float(let number):
            guard let exact = Int(exactly: number) else { throw invalid(value) }
            return .string(String(exact))
        default: throw invalid(value)
        }
    }

    static func parseLiteral(_ node: ValueNode) throws(CoercionError) -> Value {
        switch node.kind {
        case .string(let text, _), .int(let text): return .string(text)
        default:
            throw CoercionError("ID cannot represent a non-string and non-integer value: \(LiteralText.of(node))")
        }
    }

    private static func invalid(_ value: Value) -> CoercionError {
        CoercionError("ID cannot represent value: \(value.inspected)")
    }
}

extension String {
    /// The text without the leading and trailing white space that JavaScript's `Number()` skips,
    /// so that `" 12 "` serializes as an Int the way graphql-js does.
    fileprivate var trimmingJavaScriptWhitespace: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}
