import ClientelaCommand
import Foundation
import Testing

/// The first start of an empty database, with the built executable: it prints the administrator's
/// token and a `curl` line once; the token works; a second start on the same database prints
/// nothing of the kind, and the token still works.
@Suite struct FirstStartProcessTests {
    private static let viewer = #"{"query":"{ viewer { email role } }"}"#

    @Test func theFirstStartPrintsATokenOnceAndItOpensTheAPI() async throws {
        let first = try ServerProcess(["serve", "--port", "0"])
        let (_, port) = try #require(try await first.startupPort(), "no startup line; stderr: \(first.errorOutput)")
        _ = try await first.line(containing: "Call the API with it")
        let token = try #require(HTTPTestConnection.firstStartToken(in: first.output), "\(first.output)")
        #expect(first.output.contains("Created the first SUPER_ADMIN, admin@localhost."))
        let curl = try #require(first.output.split(separator: "\n").first { $0.contains("curl") })
        #expect(curl.contains("http://127.0.0.1:\(port)/graphql") && curl.contains("Authorization: Bearer \(token)"))

        #expect(try Self.ask(port: port, token: token) == #"{"data":{"viewer":{"email":"admin@localhost","role":"SUPER_ADMIN"}}}"#)
        #expect(try Self.status(port: port, token: nil) == 401)
        first.signal(SIGTERM)
        #expect(await first.exitStatus() == 0)
        // The request log (written in batches, and flushed before the exit) names the
        // administrator and never holds its token.
        #expect(!first.errorOutput.contains(token))
        #expect(first.errorOutput.contains(#""userId":""#))

        let database = first.folder.path + "/clientela.sqlite"
        let second = try ServerProcess(["serve", "--port", "0", "--database", database])
        let (_, secondPort) = try #require(try await second.startupPort(), "no startup line; stderr: \(second.errorOutput)")
        #expect(try Self.ask(port: secondPort, token: token) == #"{"data":{"viewer":{"email":"admin@localhost","role":"SUPER_ADMIN"}}}"#)
        second.signal(SIGTERM)
        #expect(await second.exitStatus() == 0)
        #expect(!second.output.contains("SUPER_ADMIN") && !second.output.contains("clt_") && !second.output.contains("curl"), "\(second.output)")
    }

    @Test func aBadIdentityProviderSettingStopsTheStart() async throws {
        let result = await runCommand(
            ["serve", "--port", "0", "--database", ":memory:"], environment: ["CLIENTELA_JWT_ISSUER": "https://id.example.com/"])
        #expect(result.status == .failure)
        #expect(result.error.hasPrefix("clientela: the identity provider settings cannot be used: CLIENTELA_JWT_AUDIENCE is required"))
        #expect(!result.output.contains("serving"))
    }

    private static func ask(port: Int, token: String?) throws -> String? {
        let connection = try HTTPTestConnection(port: port)
        try connection.send(HTTPTestConnection.graphQLRequest(viewer, token: token))
        return HTTPTestResponse(connection.readToEnd())?.body
    }

    private static func status(port: Int, token: String?) throws -> Int? {
        let connection = try HTTPTestConnection(port: port)
        try connection.send(HTTPTestConnection.graphQLRequest(viewer, token: token))
        return HTTPTestResponse(connection.readToEnd())?.status
    }
}
