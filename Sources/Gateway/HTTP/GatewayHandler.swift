import Foundation
package import GraphQL
package import HTTPServer
import Storage

/// The gateway's HTTP handler: GraphQL over HTTP on `/graphql`, the explorer page on `/`, the
/// probes and the metrics; and around every response, the request id, the metrics and the
/// access-log line.
///
/// Every request gets a ``RequestID`` (the client's sane `X-Request-Id`, or a fresh one) echoed in
/// `X-Request-Id`, runs with a ``StatementCounter`` installed so the storage statements it causes
/// are counted, and ends in exactly one ``ServerMetrics`` observation and one ``AccessLog`` line.
package struct GatewayHandler: HTTPHandler {
    let engine: Engine
    let authenticator: any RequestAuthenticator
    let readiness: @Sendable () async -> Bool
    let metrics: ServerMetrics
    let accessLog: AccessLog

    /// - Parameters:
    ///   - engine: Runs the GraphQL requests. Its ``Engine/onInternalError`` is wrapped: an
    ///     internal error is also logged with the request id, and the id joins the error's
    ///     `extensions` as `requestId` (the hook given, if any, still runs first).
    ///   - readiness: Whether the server can serve (storage reachable), for `/readyz`.
    package init(
        engine: Engine,
        authenticator: any RequestAuthenticator,
        readiness: @escaping @Sendable () async -> Bool,
        metrics: ServerMetrics,
        accessLog: AccessLog
    ) {
        var engine = engine
        let previous = engine.onInternalError
        engine.onInternalError = { report in
            var extensions = previous?(report) ?? [:]
            let requestId = RequestID.current?.text ?? "unknown"
            accessLog.recordInternalError(report, requestId: requestId)
            extensions["requestId"] = .string(requestId)
            return extensions
        }
        self.engine = engine
        self.authenticator = authenticator
        self.readiness = readiness
        self.metrics = metrics
        self.accessLog = accessLog
    }

    package func handle(_ request: HTTPRequest) async -> HTTPResponse {
        let clock = ContinuousClock()
        let started = clock.now
        let time = Date()
        let requestId = RequestID(clientValue: request.headers["X-Request-Id"]) ?? .generate()
        let route = Route(path: request.path)
        metrics.requestStarted()
        let counter = StatementCounter()
        var reply = await RequestID.$current.withValue(requestId) {
            await StatementCounter.$current.withValue(counter) {
                await answer(request, route: route, requestId: requestId)
            }
        }
        reply.response.headers.replace("X-Request-Id", requestId.text)
        // Every body is JSON, HTML or plain text exactly as labelled: no browser should guess.
        reply.response.headers.replace("X-Content-Type-Options", "nosniff")
        let duration = clock.now - started
        let errorCodes = reply.errorCodes
        metrics.requestFinished(ServerMetrics.Observation(
            route: route.label, status: reply.response.status.code, errorCodes: errorCodes, duration: duration,
            statements: counter.value))
        accessLog.record(AccessLogEntry(
            time: time, requestId: requestId.text, method: request.method, path: route.path ?? String(request.path),
            operationName: reply.operationName, status: reply.response.status.code, duration: duration,
            statements: counter.value, userId: reply.userId, errorCodes: errorCodes.uniqued()))
        return reply.response
    }

    /// The server's own refusals (400, 408, 413, 414, 431, 501) get the GraphQL-style error body
    /// every other error has, a request id, a metrics observation under the route `refused`
    /// (the path may be unknown or unreadable) and a log line with no method or path.
    package func refuse(_ refusal: HTTPRefusal) -> HTTPResponse {
        let requestId = RequestID.generate()
        let code: ErrorCode = refusal.status == .badRequest ? .badRequest : .requestRefused
        let error = GraphQLHTTPError(refusal.status, refusal.reason, code: code)
        var response = Reply.error(error, contentType: ResponseMediaType.json.contentType).response
        response.headers.replace("X-Request-Id", requestId.text)
        metrics.record(ServerMetrics.Observation(
            route: "refused", status: refusal.status.code, errorCodes: [code.rawValue], duration: .zero))
        accessLog.record(AccessLogEntry(
            time: Date(), requestId: requestId.text, method: nil, path: nil, operationName: nil, status: refusal.status.code,
            duration: .zero, statements: 0, userId: nil, errorCodes: [code.rawValue]))
        return response
    }

    /// Routes by path, then by method.
    ///
    /// Inlined, as are the async steps of `/graphql` under it (`serveGraphQL`, `negotiateAndRun`,
    /// `execute`) and the engine's: each async function called keeps a frame of its own on the
    /// task's stack, and the server runs every request in a new task whose stack starts as one
    /// small slab, so frame after frame cost a `malloc` and a `free` (a W1 request in a task of
    /// its own: 31.3 allocations, 28.3 with these inlined; `profile-gateway --task-per-request`).
    @inline(__always)
    private func answer(_ request: HTTPRequest, route: Route, requestId: RequestID) async -> Reply {
        guard !route.methods.isEmpty else {
            return .error(GraphQLHTTPError(.notFound, "No resource at \(request.path).", code: .routeNotFound))
        }
        guard route.methods.contains(request.method) else {
            return .error(GraphQLHTTPError(
                .methodNotAllowed, "\(route.label) does not serve \(request.method); it serves \(route.allow).",
                code: .methodNotAllowed, headers: ["Allow": route.allow]))
        }
        switch route {
        case .graphql: return await serveGraphQL(request, requestId: requestId)
        case .explorer: return Reply(response: .html(ExplorerPage.html))
        case .healthz: return Reply(response: .text(.ok, "ok\n"))
        case .readyz:
            return await readiness() ? Reply(response: .text(.ok, "ready\n")) : Reply(response: .text(.serviceUnavailable, "not ready\n"))
        case .metrics:
            return Reply(response: .text(.ok, metrics.exposition(), contentType: PrometheusText.contentType))
        case .notFound:
            return .error(GraphQLHTTPError(.notFound, "No resource at \(request.path).", code: .routeNotFound))
        }
    }
}

extension HTTPResponse {
    fileprivate static func html(_ page: String) -> HTTPResponse {
        HTTPResponse(status: .ok, headers: ["Content-Type": "text/html; charset=utf-8"], body: Array(page.utf8))
    }

    fileprivate static func text(_ status: HTTPStatus, _ text: String, contentType: String) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": contentType], body: Array(text.utf8))
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    fileprivate func uniqued() -> [Element] {
        // Most responses have no error or one: no set to build for those.
        guard count > 1 else { return self }
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
