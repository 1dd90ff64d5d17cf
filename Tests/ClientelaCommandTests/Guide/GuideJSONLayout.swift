import GraphQL

/// JSON laid out the way the README's answers are: two-space indents, and an object or a list on
/// one line when it fits in ``width`` columns there. Used to show a step's real answer when it
/// differs from the README's, ready to paste.
enum GuideJSONLayout {
    static let width = 100

    static func text(of value: Value) -> String {
        block(value, indent: 0, lead: 0)
    }

    /// `value` starting at column `lead` on a line indented by `indent`.
    private static func block(_ value: Value, indent: Int, lead: Int) -> String {
        let flat = inline(value)
        if lead + flat.count <= width { return flat }
        let inner = String(repeating: " ", count: indent + 2)
        let outer = String(repeating: " ", count: indent)
        switch value {
        case .object(let object):
            let members = object.entries.map { entry in
                let key = JSONWriter.quoted(entry.key) + ": "
                return inner + key + block(entry.value, indent: indent + 2, lead: indent + 2 + key.count)
            }
            return "{\n" + members.joined(separator: ",\n") + "\n" + outer + "}"
        case .list(let items):
            return "[\n" + items.map { inner + block($0, indent: indent + 2, lead: indent + 2) }.joined(separator: ",\n") + "\n" + outer + "]"
        default:
            return flat
        }
    }

    private static func inline(_ value: Value) -> String {
        switch value {
        case .object(let object):
            object.isEmpty ? "{}" : "{" + object.entries.map { JSONWriter.quoted($0.key) + ": " + inline($0.value) }.joined(separator: ", ") + "}"
        case .list(let items):
            "[" + items.map(inline).joined(separator: ", ") + "]"
        default:
            JSONWriter.text(of: value)
        }
    }
}
