import GraphQL
import HTTPServer

/// A response and what the access log and the metrics need to know about how it came about.
struct Reply: Sendable {
    var response: HTTPResponse
    var operationName: String?
    var userId: String?
    /// The `extensions.code` of each error in the body, one entry per error.
    var errorCodes: [String] = []

    init(response: HTTPResponse, operationName: String? = nil, userId: String? = nil, errorCodes: [String] = []) {
        self.response = response
        self.operationName = operationName
        self.userId = userId
        self.errorCodes = errorCodes
    }

    /// An HTTP-layer failure with its GraphQL-style body in `contentType` (a GraphQL media type:
    /// the negotiated one on `/graphql`, `application/json` where none was negotiated).
    static func error(_ error: GraphQLHTTPError, contentType: String = ResponseMediaType.json.contentType) -> Reply {
        var headers = error.headers
        headers.replace("Content-Type", contentType)
        return Reply(response: HTTPResponse(status: error.status, headers: headers, body: error.body), errorCodes: [error.code.rawValue])
    }
}
