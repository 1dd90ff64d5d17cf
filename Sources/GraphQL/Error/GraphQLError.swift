/// An error as a GraphQL response reports it: a message, where in the document, where in the
/// response, and an `extensions` map whose `code` machines read.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Errors
package struct GraphQLError: Error, Sendable, Hashable, CustomStringConvertible {
    package var message: String
    package var locations: [SourceLocation]
    package var path: [PathComponent]?
    package var code: ErrorCode?
    /// Further `extensions` entries besides `code`, such as `field` for BAD_USER_INPUT.
    package var extensions: [String: Value]

    package init(
        _ message: String,
        locations: [SourceLocation] = [],
        path: [PathComponent]? = nil,
        code: ErrorCode? = nil,
        extensions: [String: Value] = [:]
    ) {
        self.message = message
        self.locations = locations
        self.path = path
        self.code = code
        self.extensions = extensions
    }

    package var description: String {
        var text = message
        if let first = locations.first { text += " at \(first)" }
        if let path, !path.isEmpty { text += " (path: \(path.map(\.description).joined(separator: ".")))" }
        if let code { text += " [\(code)]" }
        return text
    }
}

/// An error a resolver throws to report a business failure with its code, such as NOT_FOUND or
/// BAD_USER_INPUT with the offending input field. The executor adds the location and path.
///
/// Any other error a resolver throws is reported as INTERNAL_SERVER_ERROR with a generic message,
/// so that SQL, file paths or stack traces never reach a caller.
package struct ResolverError: Error, Sendable, Hashable {
    package var message: String
    package var code: ErrorCode
    package var extensions: [String: Value]

    package init(_ message: String, code: ErrorCode, extensions: [String: Value] = [:]) {
        self.message = message
        self.code = code
        self.extensions = extensions
    }

    /// BAD_USER_INPUT naming the input field at fault in `extensions.field`.
    package static func badUserInput(_ message: String, field: String) -> ResolverError {
        ResolverError(message, code: .badUserInput, extensions: ["field": .string(field)])
    }
}
