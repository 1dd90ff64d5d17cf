/// Turns a coerced value back into the literal of its type, as graphql-js's `astFromValue` does:
/// for a default that the schema holds only as a ``Value``.
package enum ValueLiteral {
    /// The literal for `value` as a value of `type`, or nil when it has none (a null where a
    /// non-null type is expected, an output type, a value of the wrong shape).
    ///
    /// Input object fields come in the type's order; integral floats print as integers and an
    /// `ID` that reads as an integer prints unquoted, as in graphql-js.
    package static func node(for value: Value, type: TypeReference, lookup: (String) -> NamedType?) -> ValueNode? {
        switch type {
        case .nonNull(let inner):
            let node = node(for: value, type: inner, lookup: lookup)
            if node?.kind == .null { return nil }
            return node
        case _ where value.isNull:
            return ValueNode(.null)
        case .list(let inner):
            guard case .list(let items) = value else { return node(for: value, type: inner, lookup: lookup) }
            return ValueNode(.list(items.compactMap { node(for: $0, type: inner, lookup: lookup) }))
        case .named(let name):
            switch lookup(name) {
            case .inputObject(let input)?:
                guard case .object(let object) = value else { return nil }
                let fields = input.fields.compactMap { field -> ObjectFieldNode? in
                    guard let fieldValue = object[field.name], let node = node(for: fieldValue, type: field.type, lookup: lookup) else { return nil }
                    return ObjectFieldNode(name: Name(field.name), value: node)
                }
                return ValueNode(.object(fields))
            case .enumeration?:
                guard case .string(let name) = value else { return nil }
                return ValueNode(.enumValue(name))
            case .scalar(let scalar)?:
                guard let serialized = try? scalar.coercion.serialize(value) else { return nil }
                return leaf(serialized, isID: name == "ID")
            default:
                return nil
            }
        }
    }

    /// A serialized scalar as a literal. Lists and objects (the JSON scalar) become list and
    /// object literals.
    private static func leaf(_ value: Value, isID: Bool) -> ValueNode {
        switch value {
        case .null: ValueNode(.null)
        case .bool(let flag): ValueNode(.boolean(flag))
        case .int(let number): ValueNode(.int(String(number)))
        case .float(let number): number.isFinite ? numberNode(NumberText.javaScript(number)) : ValueNode(.null)
        case .string(let text): isID && isIntegerText(text) ? ValueNode(.int(text)) : ValueNode(.string(text, block: false))
        case .list(let items): ValueNode(.list(items.map { leaf($0, isID: false) }))
        case .object(let object):
            ValueNode(.object(object.map { ObjectFieldNode(name: Name($0.key), value: leaf($0.value, isID: false)) }))
        }
    }

    private static func numberNode(_ text: String) -> ValueNode {
        isIntegerText(text) ? ValueNode(.int(text)) : ValueNode(.float(text))
    }

    /// `-?(0|[1-9][0-9]*)`: what graphql-js prints as an Int literal.
    private static func isIntegerText(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" { digits = digits.dropFirst() }
        guard let first = digits.first, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        return first != "0" || digits.count == 1
    }
}
