import ClientelaCommand
import Clients
import Foundation
import Gateway
import GraphQL
import Storage
import Tenancy
import Testing

/// `clientela seed-demo` in-process, on temporary SQLite files.
@Suite struct SeedDemoCommandTests {
    /// The `ROLE  token  email` lines of the output, by role.
    private static func tokens(in output: String) -> [String: String] {
        var tokens: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count >= 3, Role(rawValue: String(words[0])) != nil, words[1].hasPrefix("clt_") {
                tokens[String(words[0])] = String(words[1])
            }
        }
        return tokens
    }

    private static func demoClients(_ database: any SQLDatabase) async throws -> [Client] {
        try await database.read { connection in
            let organization = try #require(try OrganizationRepository(connection).organization(slug: "demo", in: .unrestricted))
            let ids = try connection.rows("SELECT id FROM clients WHERE organization_id = \(organization.id)") {
                try $0.decode("id", as: ClientID.self)
            }
            return Array(try ClientRepository(connection).clients(ids, in: .unrestricted).values)
        }
    }

    @Test func seedsTheDemoWithEveryStatusTypeAndSourceAndATokenPerRoleThatWorks() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/demo.sqlite"
        let result = await runCommand(["seed-demo", "--database", path])
        #expect(result.status == .success, "\(result.error)")
        #expect(result.output.contains("Agencia Luna Eventos") && result.output.contains("No RESELLER login"))
        #expect(result.output.contains("curl -s http://127.0.0.1:8080/graphql"))
        let tokens = Self.tokens(in: result.output)
        #expect(Set(tokens.keys) == ["ORG_OWNER", "ORG_ADMIN", "ORG_MEMBER", "CLIENT"])

        let database = try await DatabaseConfiguration(url: path).open()
        let clients = try await Self.demoClients(database)
        #expect(clients.count == 300)
        #expect(Set(clients.map(\.draft.status)) == Set(ClientStatus.allCases))
        #expect(Set(clients.map(\.draft.type)) == Set(ClientType.allCases))
        #expect(Set(clients.compactMap(\.draft.acquisitionSource)) == Set(AcquisitionSource.allCases))
        #expect(Set(clients.map(\.segment)) == Set(ClientSegment.allCases))
        #expect(clients.filter { $0.deletedAt != nil }.count == 3)
        #expect(clients.filter { $0.assignedTo != nil }.count > 200)
        for client in clients {
            let taxID = try #require(client.draft.taxId)
            let checked = try MexicanRFC.validate(taxID.value, clientType: client.draft.type)
            #expect(checked.warning == nil && !checked.isGeneric, "\(taxID.value)")
            #expect(client.draft.phone?.value.hasPrefix("+52") == true)
            #expect(client.draft.address?.country == "MX")
        }
        // Each client got to its status through the lifecycle: its history ends there.
        let history = try await database.read { try ClientRepository($0).statusHistory(of: clients.map(\.id), in: .unrestricted) }
        for client in clients {
            let changes = history[client.id] ?? []
            #expect(changes.last?.to ?? .prospect == client.draft.status)
            #expect(zip(changes, changes.dropFirst()).allSatisfy { $0.to == $1.from })
            #expect(changes.allSatisfy { Lifecycle.allows(from: $0.from, to: $0.to) })
        }
        let events = try await database.read { try $0.scalar("SELECT count(*) FROM events WHERE client_id IS NOT NULL", as: Int.self) }
        #expect((events ?? 0) > 100)

        // Every token runs `viewer { role }` through the composed schema as its role.
        // No deadline: a loaded two-core test run may keep a request waiting for seconds.
        let engine = Engine(schema: try ClientelaSchema.build(), limits: ExecutionLimits(deadline: nil))
        for (role, token) in tokens {
            guard case .caller(let caller) = try await TokenAuthenticator(database: database).authenticate(bearer: token) else {
                Issue.record("the \(role) token was refused")
                continue
            }
            let response = await engine.execute(
                GraphQLRequest(query: "{ viewer { role } }"), context: AccessContext(caller: caller, requestId: "seed", database: database))
            #expect(response.errors.isEmpty)
            #expect(response.data == ["viewer": ["role": .string(role)]])
        }
        await database.close()
    }

    @Test func theDemoIsTheSameOnEveryRun() async throws {
        let folder = try TemporaryFolder()
        var snapshots: [[String]] = []
        for run in 0..<2 {
            let path = folder.path + "/demo\(run).sqlite"
            #expect(await runCommand(["seed-demo", "--database", path]).status == .success)
            let database = try await DatabaseConfiguration(url: path).open()
            snapshots.append(try await Self.demoClients(database).map { "\($0.refid) \($0.draft.name) \($0.draft.email?.value ?? "") \($0.draft.status)" }.sorted())
            await database.close()
        }
        #expect(snapshots[0] == snapshots[1])
    }

    @Test func aSecondRunChangesNothingAndFails() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/demo.sqlite"
        #expect(await runCommand(["seed-demo", "--database", path]).status == .success)
        let second = await runCommand(["seed-demo", "--database", path])
        #expect(second.status == .failure)
        #expect(second.output.isEmpty)
        #expect(second.error.contains("already exists") && second.error.split(separator: "\n").count == 1)
        let database = try await DatabaseConfiguration(url: path).open()
        #expect(try await Self.demoClients(database).count == 300)
        let users = try await database.read { try $0.scalar("SELECT count(*) FROM users", as: Int.self) }
        #expect(users == 6)
        await database.close()
    }

    @Test func addsGeneratedClientsThatTheSearchFinds() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/bulk.sqlite"
        let first = await runCommand(["seed-demo", "--database", path, "--clients", "1_200"])
        #expect(first.status == .success, "\(first.error)")
        #expect(first.output.contains("Seeded the demo organization") && first.output.contains("Added 1,200 generated clients"))
        let second = await runCommand(["seed-demo", "--database", path], environment: ["CLIENTELA_SEED_CLIENTS": "700"])
        #expect(second.status == .success, "\(second.error)")
        #expect(!second.output.contains("Seeded the demo organization"))

        let database = try await DatabaseConfiguration(url: path).open()
        let clients = try await Self.demoClients(database)
        #expect(clients.count == 300 + 1_200 + 700)
        #expect(Set(clients.compactMap(\.draft.taxId?.value)).count == clients.count)
        #expect(Set(clients.map(\.draft.status)) == Set(ClientStatus.allCases))
        // The search index followed the bulk inserts: a generated client is found by a piece of
        // its email and by its RFC, through the repository's list.
        let sample = try #require(clients.first { $0.draft.email?.value.contains(".2100@") == true })
        let owner = try #require(try await database.read { try UserRepository($0).user(email: "mariana.luna@agencialuna.mx", in: .unrestricted) })
        for text in [String(sample.draft.email!.value.prefix { $0 != "@" }), sample.draft.taxId!.value.lowercased()] {
            let page = try await database.read { connection in
                try ClientRepository(connection).list(ClientListQuery(search: text), in: AccessScope(Caller(owner)!))
            }
            #expect(page.clients.map(\.id).contains(sample.id), "search \(text)")
        }
        await database.close()
    }

    @Test func drawsAProgressLineOnlyOnATerminal() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/progress.sqlite"
        let terminal = TerminalConsole()
        let status = await ClientelaCommand.run(["seed-demo", "--database", path, "--clients", "10001"], environment: [:], console: terminal)
        #expect(status == .success)
        let redraws = terminal.recorded.error.split(separator: "\r").filter { $0.hasPrefix("clientela: ") }
        #expect(redraws.map { $0.split(separator: " ")[1] } == ["10,000", "10,001"])
        #expect(terminal.recorded.error.hasSuffix("\n") && terminal.recorded.error.contains("(100%)"))
        let piped = await runCommand(["seed-demo", "--database", path, "--clients", "5"])
        #expect(piped.status == .success && piped.error.isEmpty)
    }

    /// A recording console that says standard error is a terminal.
    private final class TerminalConsole: Console {
        let recorded = RecordingConsole()
        var errorIsTerminal: Bool { true }
        func write(_ text: String, to stream: ConsoleStream) { recorded.write(text, to: stream) }
    }

    @Test(arguments: [
        ["--clients", "0"], ["--clients", "ten"], ["--clients", "-5"], ["--clients", "20000000"], ["--clients"],
        ["--clients", "1", "--clients", "2"], ["--rows", "5"],
    ])
    func refusesABadFlagWithOneLineAndStatus2(_ flags: [String]) async throws {
        let result = await runCommand(["seed-demo"] + flags)
        #expect(result.status == .usage)
        #expect(result.output.isEmpty)
        #expect(result.error.split(separator: "\n").count == 1, "\(result.error)")
    }

    @Test func helpNamesTheFlagsAndTheMissingResellerLogin() async {
        let result = await runCommand(["seed-demo", "--help"])
        #expect(result.status == .success)
        #expect(result.output.contains("--clients N") && result.output.contains("CLIENTELA_SEED_CLIENTS"))
        #expect(result.output.contains("Resellers module"))
    }
}
