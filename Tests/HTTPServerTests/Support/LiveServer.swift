import HTTPServer

/// Starts a server on an ephemeral loopback port for one test and shuts it down after.
enum LiveServer {
    static func with<T>(
        handler: any HTTPHandler = EchoHandler(),
        limits: HTTPLimits = HTTPLimits(),
        timeouts: HTTPTimeouts = HTTPTimeouts(),
        _ body: (_ port: Int, _ server: HTTPServer) async throws -> T
    ) async throws -> T {
        let configuration = HTTPServerConfiguration(port: 0, eventLoops: 2, limits: limits, timeouts: timeouts)
        let server = HTTPServer(configuration: configuration, handler: handler)
        let port = try server.start()
        do {
            let result = try await body(port, server)
            await server.shutdown(gracePeriod: .seconds(2))
            return result
        } catch {
            await server.shutdown(gracePeriod: .seconds(2))
            throw error
        }
    }
}
