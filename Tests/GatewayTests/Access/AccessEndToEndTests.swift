import Gateway
import GraphQL
import HTTPServer
import Testing

/// Tokens on the wire: the gateway with ``TenancyAuthenticator`` behind a real ``HTTPServer`` on
/// an ephemeral port.
@Suite struct AccessEndToEndTests {
    private static func post(_ json: String, authorization: String?) -> String {
        "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: \(json.utf8.count)\r\n"
            + (authorization.map { "Authorization: \($0)\r\n" } ?? "") + "X-Request-Id: wire-1\r\nConnection: close\r\n\r\n" + json
    }

    @Test func aTokenOpensTheDoorAndItsAbsenceKeepsItShut() async throws {
        let world = try await AccessWorld.make()
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0, eventLoops: 1), handler: world.handler)
        let port = try server.start()
        do {
            let query = #"{"query":"{ viewer { email role } }"}"#
            let good = try #require(try await RawExchange.run(port: port, request: Self.post(query, authorization: world.a.owner.authorization)).first)
            #expect(good.status == 200)
            #expect(good.text == #"{"data":{"viewer":{"email":"olga@luna.mx","role":"ORG_OWNER"}}}"#)

            let none = try #require(try await RawExchange.run(port: port, request: Self.post(query, authorization: nil)).first)
            let forged = try #require(try await RawExchange.run(
                port: port, request: Self.post(query, authorization: "Bearer " + AccessWorld.jwt(subject: AccessWorld.memberSubject, alg: "none", signed: false))).first)
            for refused in [none, forged] {
                #expect(refused.status == 401)
                #expect(refused.header("WWW-Authenticate") == "Bearer")
                #expect(refused.header("X-Request-Id") == "wire-1")
            }
            #expect(none.text == forged.text)
            #expect(none.text.contains(#""code":"UNAUTHENTICATED""#))

            let health = try #require(try await RawExchange.run(
                port: port, request: "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").first)
            #expect(health.status == 200)
        } catch {
            await server.shutdown(gracePeriod: .seconds(1))
            throw error
        }
        await server.shutdown(gracePeriod: .seconds(1))
    }
}
