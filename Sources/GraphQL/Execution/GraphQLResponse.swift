/// The result of one GraphQL request: either a request error (no `data` at all: the document did
/// not parse or validate, the operation could not be chosen, variables failed coercion, a limit
/// refused the query) or an execution result (`data`, possibly null, possibly with field errors).
///
/// The HTTP layer maps the first to a 4xx status and the second to 200 or 294.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Response-Format
package struct GraphQLResponse: Sendable {
    package var errors: [GraphQLError]
    /// Whether the request failed before execution started; then there is no `data` entry.
    package let isRequestError: Bool
    /// The response's `extensions` entry, written last when present.
    package var extensions: OrderedObject?
    /// The executed data; nil with `isRequestError == false` means `"data": null` from the start.
    let tree: ResultTree?

    init(errors: [GraphQLError], isRequestError: Bool, tree: ResultTree?, extensions: OrderedObject? = nil) {
        self.errors = errors
        self.isRequestError = isRequestError
        self.tree = tree
        self.extensions = extensions
    }

    /// A response with no `data`: the request failed before execution.
    package static func requestError(_ errors: [GraphQLError]) -> GraphQLResponse {
        GraphQLResponse(errors: errors, isRequestError: true, tree: nil)
    }

    /// A response with `data` given as a value, for callers that build one by hand.
    package static func result(data: Value, errors: [GraphQLError] = []) -> GraphQLResponse {
        var tree = ResultTree()
        if data.isNull {
            tree.propagateNull(from: 0)
        } else {
            tree.setLeaf(0, data)
        }
        return GraphQLResponse(errors: errors, isRequestError: false, tree: tree)
    }

    /// The `data` entry: nil when absent (a request error), `.null` when execution nulled it.
    package var data: Value? {
        if isRequestError { return nil }
        return tree?.value ?? .null
    }

    /// The response as JSON bytes, `errors` first when present (as the specification suggests,
    /// so that they are seen), then `data`, then `extensions`.
    package func jsonBytes() -> [UInt8] {
        var writer = JSONWriter(capacity: estimatedSize)
        writer.writeByte(UInt8(ascii: "{"))
        var needsComma = false
        if !errors.isEmpty {
            writer.writeRaw("\"errors\":[")
            for (offset, error) in errors.enumerated() {
                if offset > 0 { writer.writeByte(UInt8(ascii: ",")) }
                Self.write(error, into: &writer)
            }
            writer.writeByte(UInt8(ascii: "]"))
            needsComma = true
        }
        if !isRequestError {
            if needsComma { writer.writeByte(UInt8(ascii: ",")) }
            writer.writeRaw("\"data\":")
            if let tree { tree.write(into: &writer) } else { writer.writeNull() }
            needsComma = true
        }
        if let extensions {
            if needsComma { writer.writeByte(UInt8(ascii: ",")) }
            writer.writeRaw("\"extensions\":")
            writer.write(.object(extensions))
        }
        writer.writeByte(UInt8(ascii: "}"))
        return writer.bytes
    }

    /// A guess at the response size from the number of slots, so the buffer grows once or never.
    private var estimatedSize: Int {
        256 + (tree.map { $0.leaves.bytes.count + $0.slots.count * 8 } ?? 0) + errors.count * 160
    }

    /// One error as the specification lays it out: `message`, `locations`, `path`, `extensions`
    /// (with `code` first and the other entries in key order, so the text is deterministic).
    static func write(_ error: GraphQLError, into writer: inout JSONWriter) {
        writer.writeRaw("{\"message\":")
        writer.writeString(error.message)
        if !error.locations.isEmpty {
            writer.writeRaw(",\"locations\":[")
            for (offset, location) in error.locations.enumerated() {
                if offset > 0 { writer.writeByte(UInt8(ascii: ",")) }
                writer.writeRaw("{\"line\":")
                writer.writeInt(location.line)
                writer.writeRaw(",\"column\":")
                writer.writeInt(location.column)
                writer.writeByte(UInt8(ascii: "}"))
            }
            writer.writeByte(UInt8(ascii: "]"))
        }
        if let path = error.path {
            writer.writeRaw(",\"path\":[")
            for (offset, component) in path.enumerated() {
                if offset > 0 { writer.writeByte(UInt8(ascii: ",")) }
                switch component {
                case .key(let key): writer.writeString(key)
                case .index(let index): writer.writeInt(index)
                }
            }
            writer.writeByte(UInt8(ascii: "]"))
        }
        let others = error.extensions.filter { $0.key != "code" }.sorted { $0.key < $1.key }
        if error.code != nil || !others.isEmpty {
            writer.writeRaw(",\"extensions\":{")
            var first = true
            if let code = error.code {
                writer.writeRaw("\"code\":")
                writer.writeString(code.rawValue)
                first = false
            }
            for (key, value) in others {
                if !first { writer.writeByte(UInt8(ascii: ",")) }
                first = false
                writer.writeString(key)
                writer.writeByte(UInt8(ascii: ":"))
                writer.write(value)
            }
            writer.writeByte(UInt8(ascii: "}"))
        }
        writer.writeByte(UInt8(ascii: "}"))
    }
}
