package import GraphQL

/// The parameters of a GraphQL-over-HTTP request, read from a POST body or a GET query string.
///
/// The rules (GraphQL-over-HTTP draft, "Request Parameters", "GET", "POST"; api.md "HTTP"):
/// - `query` is required and must be a string; it need not parse to make a well-formed request.
/// - `operationName` is an optional string, `variables` and `extensions` optional objects.
/// - `null` counts as absent; in a query string an empty `operationName`, `variables` or
///   `extensions` counts as absent too (the draft says so for `operationName`; the others follow).
/// - Unknown keys and parameters are ignored.
/// - Bytes that cannot be read (JSON that does not parse, bad percent-encoding) are 400; readable
///   input that breaks a rule above is 422 (api.md's split, where the draft says 400 for both).
/// - A parameter given twice in a query string is 422: guessing which one the client meant
///   could run an operation it did not ask for.
package struct GraphQLHTTPParameters: Sendable, Hashable {
    package var query: String
    package var operationName: String?
    package var variables: OrderedObject?
    /// Accepted and checked to be an object; nothing reads it yet.
    package var extensions: OrderedObject?

    package init(query: String, operationName: String? = nil, variables: OrderedObject? = nil, extensions: OrderedObject? = nil) {
        self.query = query
        self.operationName = operationName
        self.variables = variables
        self.extensions = extensions
    }

    /// Reads a POST body that the caller has checked to be `application/json`.
    ///
    /// - Throws: ``GraphQLHTTPError``: 400 for JSON that does not parse, 422 for JSON that is
    ///   not an object of the right shape.
    package init(jsonBody body: [UInt8]) throws(GraphQLHTTPError) {
        // The four keys are kept as they are read (a repeated key keeps its last value, as in a
        // parsed object); no object of the whole envelope is built only to be taken apart.
        var query, operationName, variables, extensions: Value?
        let isObject: Bool
        do {
            isObject = try JSONReader.parseMembers(body) { key, value in
                switch key {
                case "query": query = value
                case "operationName": operationName = value
                case "variables": variables = value
                case "extensions": extensions = value
                default: break
                }
            }
        } catch {
            throw .unreadable("The request body is not valid JSON: \(error).")
        }
        guard isObject else {
            throw .malformed("The request body must be a JSON object with a \"query\" string.")
        }
        guard case .string(let queryText)? = Self.present(query) else {
            throw .malformed(query.map { _ in "\"query\" must be a string." } ?? "The request has no \"query\".")
        }
        self.query = queryText
        switch Self.present(operationName) {
        case nil: self.operationName = nil
        case .string(let name)?: self.operationName = name
        default: throw .malformed("\"operationName\" must be a string or null.")
        }
        self.variables = try Self.object(Self.present(variables), named: "variables")
        self.extensions = try Self.object(Self.present(extensions), named: "extensions")
    }

    /// Reads the query string of a GET request, as ``HTTPRequest/queryItems`` decodes it (nil
    /// when it is not valid percent-encoded UTF-8).
    ///
    /// - Throws: ``GraphQLHTTPError``: 400 for bytes or JSON that cannot be read, 422 for a
    ///   missing `query`, a repeated parameter or JSON of the wrong shape.
    package init(queryItems items: [(name: String, value: String)]?) throws(GraphQLHTTPError) {
        guard let items else {
            throw .unreadable("The query string is not valid percent-encoded UTF-8.")
        }
        var found: [String: String] = [:]
        for (name, value) in items where ["query", "operationName", "variables", "extensions"].contains(name) {
            guard found.updateValue(value, forKey: name) == nil else {
                throw .malformed("The query string gives \"\(name)\" more than once.")
            }
        }
        guard let query = found["query"] else {
            throw .malformed("The request has no \"query\" parameter.")
        }
        self.query = query
        operationName = found["operationName"].flatMap { $0.isEmpty ? nil : $0 }
        variables = try Self.object(Self.jsonParameter(found["variables"], named: "variables"), named: "variables")
        extensions = try Self.object(Self.jsonParameter(found["extensions"], named: "extensions"), named: "extensions")
    }

    /// The request the engine runs.
    package var graphQLRequest: GraphQLRequest {
        GraphQLRequest(query: query, operationName: operationName, variables: variables)
    }

    /// `null` counts as absent.
    private static func present(_ value: Value?) -> Value? {
        if let value, !value.isNull { return value }
        return nil
    }

    private static func object(_ value: Value?, named name: String) throws(GraphQLHTTPError) -> OrderedObject? {
        switch value {
        case nil: return nil
        case .object(let object)?: return object
        default: throw .malformed("\"\(name)\" must be a JSON object or null.")
        }
    }

    /// A query-string parameter holding JSON text; empty text and `null` are absent.
    private static func jsonParameter(_ text: String?, named name: String) throws(GraphQLHTTPError) -> Value? {
        guard let text, !text.isEmpty else { return nil }
        do {
            return present(try JSONReader.parse(text))
        } catch {
            throw .unreadable("The \"\(name)\" parameter is not valid JSON: \(error).")
        }
    }
}
