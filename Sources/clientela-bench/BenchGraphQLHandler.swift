import GraphQL
import HTTPServer

/// Serves W1/W2 over HTTP for `clientela-bench http` until the gateway's own `GatewayHandler`
/// is on main: `POST` a JSON body `{query, variables, operationName}`, get the engine's response
/// bytes. Deliberately minimal (no content negotiation, no auth) so that the figure measures the
/// server and the engine, not the gateway's extras.
///
struct BenchGraphQLHandler: HTTPHandler {
    let engine: Engine

    func handle(_ request: HTTPRequest) async -> HTTPResponse {
        guard request.method == "POST",
              case .object(let body)? = try? JSONReader.parse(request.body),
              let query = body["query"]?.stringValue
        else {
            return .text(.badRequest, "POST a JSON object with a query\n")
        }
        let graphQLRequest = GraphQLRequest(
            query: query,
            operationName: body["operationName"]?.stringValue,
            variables: body["variables"]?.objectValue
        )
        let response = await engine.execute(graphQLRequest, context: UnrestrictedContext())
        return HTTPResponse(
            status: .ok,
            headers: ["Content-Type": "application/graphql-response+json"],
            body: response.jsonBytes()
        )
    }
}

/// The yardstick: the same server answering every request with the same small 200, so the
/// figure is what the sockets, the loops and the load generator cost by themselves.
struct FixedResponseHandler: HTTPHandler {
    static let body = Array(#"{"data":{"ok":true}}"#.utf8)

    func handle(_ request: HTTPRequest) async -> HTTPResponse {
        HTTPResponse(status: .ok, headers: ["Content-Type": "application/json"], body: Self.body)
    }
}
