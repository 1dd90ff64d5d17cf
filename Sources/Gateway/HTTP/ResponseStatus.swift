package import GraphQL
package import HTTPServer

/// The HTTP status of a GraphQL response, in one place (api.md "HTTP", GraphQL-over-HTTP draft
/// "Status Codes").
///
/// - A request error (no `data`) is 4xx whatever media type the response uses. The draft wants
///   200 for most request errors in `application/json` (its legacy rules); api.md overrides
///   that for this project, so a client using `Accept: application/json` still sees the 4xx.
///   - 400 when the document does not parse (GRAPHQL_PARSE_FAILED).
///   - 401 for UNAUTHENTICATED.
///   - 422 for everything else a request can fail on before execution: validation, an operation
///     that cannot be chosen, variables that fail coercion, an unsupported operation type, and
///     QUERY_TOO_COMPLEX. A limit exceeded is reported as QUERY_TOO_COMPLEX both by the parser
///     (document size, token count, nesting) and by the execution guards (depth, fields,
///     aliases); either way the request is readable and well-formed but refused on its content,
///     which is what 422 says, and a client must not retry it unchanged.
///   - 500 for an INTERNAL_SERVER_ERROR raised before execution (none is today).
/// - An executed request (`data` present, even `null`) is 2xx: 200 without errors; with errors
///   294 ("partial success") in `application/graphql-response+json`, but 200 in
///   `application/json`, where the draft says a response with `data` MUST be 200. A `null`
///   `data` with errors is also 294: the draft only asks for a 2xx there, and 294 tells a client
///   that there are errors to read.
package enum ResponseStatus {
    package static func of(_ response: GraphQLResponse, as mediaType: ResponseMediaType) -> HTTPStatus {
        if response.isRequestError { return requestErrorStatus(response.errors) }
        if response.errors.isEmpty || mediaType == .json { return .ok }
        return .partialSuccess
    }

    /// The status for a request error, by the codes of its errors; the most basic failure wins
    /// when several kinds are present.
    package static func requestErrorStatus(_ errors: [GraphQLError]) -> HTTPStatus {
        let codes = Set(errors.compactMap(\.code))
        if codes.contains(.parseFailed) { return .badRequest }
        if codes.contains(.unauthenticated) { return .unauthorized }
        if codes.contains(.internalServerError) { return .internalServerError }
        return .unprocessableContent
    }
}
