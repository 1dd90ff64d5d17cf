import ClientelaCommand
import Foundation
import Storage
import Tenancy
import Testing

/// `clientela token create` in-process, on a temporary SQLite file with a first administrator.
@Suite struct TokenCreateCommandTests {
    /// A migrated database file holding the first administrator, `admin@localhost`.
    private static func database() async throws -> (folder: TemporaryFolder, path: String) {
        let folder = try TemporaryFolder()
        let path = folder.path + "/tokens.sqlite"
        #expect(await runCommand(["migrate", "--database", path]).status == .success)
        let database = try await DatabaseConfiguration(url: path).open()
        _ = try #require(try await SuperAdminBootstrap(database: database).run())
        await database.close()
        return (folder, path)
    }

    /// What the token text authenticates as, `days` days from now.
    private static func check(_ token: String, path: String, after days: Double = 0) async throws -> TokenAuthentication {
        let database = try await DatabaseConfiguration(url: path).open()
        let later = Date().addingTimeInterval(days * 86_400)
        let outcome = try await TokenAuthenticator(database: database, now: { later }).authenticate(bearer: token)
        await database.close()
        return outcome
    }

    @Test func printsOnlyTheTokenOnStandardOutputAndItAuthenticates() async throws {
        let (folder, path) = try await Self.database()
        let result = await runCommand(["token", "create", "--database", path, "--user", "Admin@Localhost", "--name", "ci deploys"])
        #expect(result.status == .success, "\(result.error)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 1)
        let token = String(try #require(lines.first))
        #expect(token.hasPrefix("clt_"))
        #expect(result.error.contains(#"created the API token "ci deploys""#) && result.error.contains("never expires"))
        #expect(!result.error.contains(token))
        guard case .caller(let caller) = try await Self.check(token, path: path) else {
            Issue.record("the new token was refused")
            return
        }
        #expect(caller.role == .superAdmin)
        _ = folder
    }

    @Test func expiresAfterTheDaysGiven() async throws {
        let (folder, path) = try await Self.database()
        let result = await runCommand(["token", "create", "--database", path, "--user", "admin@localhost", "--name", "short", "--expires-in", "30"])
        #expect(result.status == .success, "\(result.error)")
        let token = result.output.trimmingCharacters(in: .newlines)
        #expect(result.error.contains("expires 20"))
        guard case .caller = try await Self.check(token, path: path, after: 29) else {
            Issue.record("refused before its expiry")
            return
        }
        #expect(try await Self.check(token, path: path, after: 31) == .refused(.expired))
        _ = folder
    }

    @Test func takesItsFlagsFromTheEnvironment() async throws {
        let (folder, path) = try await Self.database()
        let result = await runCommand(["token", "create"], environment: [
            "CLIENTELA_DATABASE": path, "CLIENTELA_TOKEN_USER": "admin@localhost", "CLIENTELA_TOKEN_NAME": "from env",
            "CLIENTELA_TOKEN_EXPIRES_IN": "7",
        ])
        #expect(result.status == .success, "\(result.error)")
        #expect(result.error.contains(#""from env""#) && result.error.contains("expires"))
        _ = folder
    }

    @Test func anUnknownUserIsOneLineAndStatusOne() async throws {
        let (folder, path) = try await Self.database()
        let result = await runCommand(["token", "create", "--database", path, "--user", "nobody@example.com", "--name", "x"])
        #expect(result.status == .failure)
        #expect(result.output.isEmpty)
        #expect(result.error == "clientela: no token created: no user has the email nobody@example.com\n")
        _ = folder
    }

    @Test(arguments: [
        (["--name", "x"], "clientela: --user EMAIL is required (or CLIENTELA_TOKEN_USER); see 'clientela token create --help'\n"),
        (["--user", "admin@localhost"], "clientela: --name NAME is required (or CLIENTELA_TOKEN_NAME); see 'clientela token create --help'\n"),
        (["--user", "admin@localhost", "--name", "x", "--expires-in", "0"],
         "clientela: --expires-in is '0', which is not 'never' or a whole number of days from 1 to 3650; see 'clientela token create --help'\n"),
        (["--user", "admin@localhost", "--name", "x", "--expires-in", "-3"],
         "clientela: --expires-in is '-3', which is not 'never' or a whole number of days from 1 to 3650; see 'clientela token create --help'\n"),
        (["--user", "admin", "--name", "x"], "clientela: --user is 'admin', which is not an email address; see 'clientela token create --help'\n"),
        (["--user", "admin@localhost", "--name", "x", "--role", "ORG_OWNER"],
         "clientela: unknown flag '--role' for 'token create'; see 'clientela token create --help'\n"),
    ])
    func badFlagsAreStatusTwo(arguments: [String], message: String) async {
        let result = await runCommand(["token", "create", "--database", ":memory:"] + arguments)
        #expect(result.status == .usage)
        #expect(result.error == message)
        #expect(result.output.isEmpty)
    }

    @Test func hasItsHelp() async {
        let result = await runCommand(["token", "create", "--help"])
        #expect(result.status == .success)
        #expect(result.output.hasPrefix("Usage: clientela token create [flags]"))
        #expect(result.output.contains("env CLIENTELA_TOKEN_USER, required"))
        #expect(result.output.contains("env CLIENTELA_TOKEN_EXPIRES_IN, default never"))
    }
}
