extension Value {
    /// The value as graphql-js's `inspect` quotes it in messages: strings in JSON quotes, numbers
    /// in JavaScript form, lists as `[1, 2]`, objects as `{ a: 1 }`, nesting beyond two levels
    /// elided, so that our error messages read like the reference implementation's.
    package var inspected: String {
        inspect(depth: 0)
    }

    private func inspect(depth: Int) -> String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .float(let number): return NumberText.javaScript(number)
        case .string(let text): return JSONWriter.quoted(text)
        case .list(let items):
            if items.isEmpty { return "[]" }
            if depth >= 2 { return "[Array]" }
            var parts = items.prefix(10).map { $0.inspect(depth: depth + 1) }
            if items.count > 10 {
                let more = items.count - 10
                parts.append("... \(more) more item\(more == 1 ? "" : "s")")
            }
            return "[" + parts.joined(separator: ", ") + "]"
        case .object(let object):
            if object.isEmpty { return "{}" }
            if depth >= 2 { return "[Object]" }
            let parts = object.map { "\($0.key): \($0.value.inspect(depth: depth + 1))" }
            return "{ " + parts.joined(separator: ", ") + " }"
        }
    }
}
