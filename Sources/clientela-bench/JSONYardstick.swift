import Foundation
import GraphQL

/// The parsing yardstick: a JSON document with the same nesting and a similar count of names and
/// strings as a GraphQL document, padded to the same byte size, parsed by Foundation's
/// `JSONSerialization`. GraphQL is no harder to parse per byte than JSON, so this is the floor.
enum JSONYardstick {
    /// A JSON rendering of the document's shape: each selection set becomes an object, each field
    /// a key whose value is its sub-selection, or its arguments, or a string.
    static func document(shapedLike document: Document, byteCount: Int) -> Data {
        var json = "{"
        var first = true
        for definition in document.definitions {
            if !first { json += "," }
            first = false
            switch definition {
            case .operation(let operation):
                json += "\"\(operation.name?.value ?? "query")\":" + object(for: operation.selectionSet)
            case .fragment(let fragment):
                json += "\"\(fragment.name.value)\":" + object(for: fragment.selectionSet)
            default:
                json += "\"definition\":\"\""
            }
        }
        let closing = ",\"padding\":\"\"}"
        let shortfall = byteCount - json.utf8.count - closing.utf8.count
        json += ",\"padding\":\"" + String(repeating: "x", count: max(0, shortfall)) + "\"}"
        return Data(json.utf8)
    }

    private static func object(for selectionSet: SelectionSet) -> String {
        var parts: [String] = []
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                let value: String
                if let child = field.selectionSet {
                    value = object(for: child)
                } else if !field.arguments.isEmpty {
                    value = "{" + field.arguments.map { "\"\($0.name.value)\":\"value\"" }.joined(separator: ",") + "}"
                } else {
                    value = "\"\(field.name.value)\""
                }
                parts.append("\"\(field.responseKey)\":\(value)")
            case .fragmentSpread(let spread):
                parts.append("\"...\(spread.name.value)\":true")
            case .inlineFragment(let fragment):
                parts.append("\"on \(fragment.typeCondition?.name.value ?? "")\":" + object(for: fragment.selectionSet))
            }
        }
        return "{" + parts.joined(separator: ",") + "}"
    }

    /// The median time Foundation takes to parse `data`.
    static func parseTime(_ data: Data) -> Duration {
        Timing.median {
            _ = try? JSONSerialization.jsonObject(with: data)
        }
    }
}
