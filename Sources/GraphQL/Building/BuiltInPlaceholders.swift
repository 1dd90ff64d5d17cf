// PLACEHOLDER: delete this file once Type/BuiltInScalars.swift is on main (see
// SchemaBuilder+BuiltIns.swift). It exists only so that the builder compiles and its tests run
// before the execution helper's scalars land; the coercions are deliberately minimal.
enum BuiltInPlaceholders {
    static let scalars: [ScalarType] = [
        scalar("String") { if case .string(let value, _) = $0 { .string(value) } else { nil } },
        scalar("Int") { if case .int(let text) = $0, let value = Int(text) { .int(value) } else { nil } },
        scalar("Float") {
            switch $0 {
            case .int(let text), .float(let text): Double(text).map(Value.float)
            default: nil
            }
        },
        scalar("Boolean") { if case .boolean(let value) = $0 { .bool(value) } else { nil } },
        scalar("ID") {
            switch $0 {
            case .int(let text), .string(let text, _): .string(text)
            default: nil
            }
        },
    ]

    private static func scalar(_ name: String, _ literal: @escaping @Sendable (ValueNode.Kind) -> Value?) -> ScalarType {
        ScalarType(
            name: name,
            coercion: ScalarCoercion(
                serialize: { value throws(CoercionError) in value },
                parseValue: { value throws(CoercionError) in value },
                parseLiteral: { node throws(CoercionError) in
                    guard let value = literal(node.kind) else {
                        throw CoercionError("\(name) cannot represent value: \(ConstValueCoercion.text(of: node))")
                    }
                    return value
                }))
    }
}
