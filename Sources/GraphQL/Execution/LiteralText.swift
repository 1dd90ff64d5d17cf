/// The GraphQL text of a value literal, for error messages that quote what the document wrote
/// (`Int cannot represent non-integer value: "1"`).
///
/// The compact one-line form graphql-js 16 prints a value node in, which its messages quote:
/// `[1, 2]`, `{a: 1}`, `$var`. ``Printer`` lays documents out for people instead (`{ a: 1 }`,
/// long lists broken over lines), which would make our messages differ from graphql-js's.
enum LiteralText {
    static func of(_ node: ValueNode) -> String {
        switch node.kind {
        case .variable(let name): return "$" + name
        case .int(let text), .float(let text): return text
        case .string(let text, let block):
            if block { return "\"\"\"" + text.replacing("\"\"\"", with: "\\\"\"\"") + "\"\"\"" }
            return JSONWriter.quoted(text)
        case .boolean(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .enumValue(let name): return name
        case .list(let items): return "[" + items.map(of).joined(separator: ", ") + "]"
        case .object(let fields):
            return "{" + fields.map { "\($0.name.value): \(of($0.value))" }.joined(separator: ", ") + "}"
        }
    }
}
