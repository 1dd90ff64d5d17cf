/// A value literal on one line, in the compact form graphql-js 16's `print` gives it: `[1, 2]`,
/// `{a: 1}`, `"text"`. Error messages that quote what a document wrote use it.
///
/// Introspection and the schema printer write values with ``Printer/print(_:)-(ValueNode)``
/// instead, which lays out long lists and objects over several lines as graphql-js 17 does.
package enum LiteralPrinting {
    package static func print(_ value: ValueNode) -> String {
        switch value.kind {
        case .variable, .int, .float, .string, .boolean, .null, .enumValue: Printer.print(value)
        case .list(let items): "[" + items.map(print).joined(separator: ", ") + "]"
        case .object(let fields): "{" + fields.map { $0.name.value + ": " + print($0.value) }.joined(separator: ", ") + "}"
        }
    }
}
