/// A JSON-like value: variables and arguments after coercion, scalar results, and the JSON scalar.
///
/// Integers are kept apart from floats and hold 64 bits, so an integer beyond 2^53 read from JSON
/// survives unchanged. Objects keep their keys in order (see ``OrderedObject``).
package enum Value: Sendable, Hashable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list([Value])
    case object(OrderedObject)

    package var isNull: Bool {
        if case .null = self { true } else { false }
    }

    package var stringValue: String? {
        if case .string(let value) = self { value } else { nil }
    }

    package var intValue: Int? {
        if case .int(let value) = self { value } else { nil }
    }

    package var boolValue: Bool? {
        if case .bool(let value) = self { value } else { nil }
    }

    package var listValue: [Value]? {
        if case .list(let value) = self { value } else { nil }
    }

    package var objectValue: OrderedObject? {
        if case .object(let value) = self { value } else { nil }
    }

    package subscript(key: String) -> Value? {
        objectValue?[key]
    }

    package var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): String(value)
        case .int(let value): String(value)
        case .float(let value): String(value)
        case .string(let value): "\"\(value)\""
        case .list(let values): "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .object(let object):
            "{" + object.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        }
    }
}

extension Value: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    package init(nilLiteral: ()) { self = .null }
    package init(booleanLiteral value: Bool) { self = .bool(value) }
    package init(integerLiteral value: Int) { self = .int(value) }
    package init(floatLiteral value: Double) { self = .float(value) }
    package init(stringLiteral value: String) { self = .string(value) }
    package init(arrayLiteral elements: Value...) { self = .list(elements) }
    package init(dictionaryLiteral elements: (String, Value)...) {
        self = .object(OrderedObject(elements))
    }
}
