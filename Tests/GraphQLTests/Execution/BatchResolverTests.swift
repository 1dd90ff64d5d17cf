import GraphQL
import Synchronization
import Testing

/// A batch resolver runs once per level of the response with every parent of that level, which
/// is how a page of clients reaches storage once for all their owners.
@Suite struct BatchResolverTests {
    typealias H = ExecutionHarness

    private struct Client: Sendable { let id: Int }
    private struct User: Sendable { let id: Int }

    /// Every call a batch resolver received, as the parent ids it was given.
    private final class Calls: Sendable {
        let calls = Mutex<[[Int]]>([])
        func record(_ ids: [Int]) { calls.withLock { $0.append(ids) } }
        var all: [[Int]] { calls.withLock { $0 } }
    }

    private static func schema(_ calls: Calls, perParent: Calls = Calls(), fetches: Calls = Calls()) -> Schema {
        H.schema([
            H.object("Query", [
                H.constant("clients", "[Client!]!", .objects((0..<100).map(Client.init))),
                H.constant("few", "[Client!]!", .objects((0..<3).map(Client.init))),
            ]),
            H.object("Client", [
                H.field("id", "Int!", .sync(on: Client.self) { client, _, _ in .int(client.id) }),
                H.field("owner", "User", .batch(on: Client.self) { clients, _, context in
                    calls.record(clients.map(\.id))
                    let loader = context.loaders.loader("users", of: Int.self, User.self)
                    let users = try await loader.load(clients.map { $0.id % 7 }) { keys in
                        fetches.record(keys)
                        return Dictionary(uniqueKeysWithValues: keys.map { ($0, User(id: $0)) })
                    }
                    return clients.map { users[$0.id % 7].map { .object($0) } ?? .null }
                }),
                H.field("perParent", "Int", .async(on: Client.self) { client, _, _ in
                    perParent.record([client.id])
                    return .int(client.id)
                }),
                H.field("broken", "Int", .batch { _, _, _ in [.int(1)] }),
                H.field("failing", "Int", .batch { _, _, _ in throw ResolverError("Storage is down.", code: ErrorCode("UNAVAILABLE")) }),
            ]),
            H.object("User", [
                H.field("id", "Int!", .sync(on: User.self) { user, _, _ in .int(user.id) }),
                H.field("client", "Client", .sync(on: User.self) { user, _, _ in .object(Client(id: user.id + 1000)) }),
            ]),
        ])
    }

    @Test func aBatchResolverIsCalledOncePerLevelWithEveryParent() async {
        let calls = Calls()
        let fetches = Calls()
        let response = await H.run(Self.schema(calls, fetches: fetches), "{ clients { id owner { id } } }")
        #expect(response.errors.isEmpty)
        #expect(calls.all == [Array(0..<100)])
        #expect(fetches.all == [Array(0..<7)])
        let owners = response.data?["clients"]?.listValue?.map { $0["owner"]?["id"] }
        #expect(owners == (0..<100).map { .int($0 % 7) })
    }

    @Test func eachLevelIsOneBatchAndTheLoaderFetchesAKeyOnce() async {
        let calls = Calls()
        let fetches = Calls()
        let response = await H.run(Self.schema(calls, fetches: fetches), "{ few { owner { client { owner { id } } } } }")
        #expect(response.errors.isEmpty)
        #expect(calls.all == [[0, 1, 2], [1000, 1001, 1002]])
        // Level two asks for users 6, 0 and 1: 0 and 1 were loaded at level one.
        #expect(fetches.all == [[0, 1, 2], [6]])
    }

    @Test func theSameFieldUnderTwoAliasesIsTwoBatches() async {
        let calls = Calls()
        _ = await H.run(Self.schema(calls), "{ few { a: owner { id } b: owner { id } } }")
        #expect(calls.all == [[0, 1, 2], [0, 1, 2]])
    }

    /// Twelve aliases make twelve plans at one level, met object by object in turn: past eight
    /// batches the executor finds them by an index instead of scanning, with the same result.
    @Test func manyObjectFieldsAtOneLevelEachGetTheirOwnBatch() async {
        let calls = Calls()
        let aliases = (0..<12).map { "a\($0)" }
        let selection = aliases.map { "\($0): owner { id }" }.joined(separator: " ")
        let response = await H.run(Self.schema(calls), "{ few { id \(selection) } }")
        #expect(response.errors.isEmpty)
        #expect(calls.all == Array(repeating: [0, 1, 2], count: 12))
        for (index, client) in (response.data?["few"]?.listValue ?? []).enumerated() {
            #expect(client["id"] == .int(index))
            #expect(aliases.map { client[$0]?["id"] } == Array(repeating: .int(index % 7), count: 12))
        }
        #expect(response.data?["few"]?.listValue?.count == 3)
    }

    @Test func asyncResolversRunOncePerParent() async {
        let perParent = Calls()
        let response = await H.run(Self.schema(Calls(), perParent: perParent), "{ few { perParent } }")
        #expect(response.data == ["few": [["perParent": 0], ["perParent": 1], ["perParent": 2]]])
        #expect(perParent.all.sorted { $0[0] < $1[0] } == [[0], [1], [2]])
    }

    @Test func aThrowingBatchFailsEveryParent() async {
        let response = await H.run(Self.schema(Calls()), "{ few { id failing } }")
        #expect(response.errors.map(\.message) == ["Storage is down.", "Storage is down.", "Storage is down."])
        #expect(response.errors.map(\.path) == [["few", 0, "failing"], ["few", 1, "failing"], ["few", 2, "failing"]])
    }

    @Test func aBatchReturningTheWrongCountIsAnInternalError() async {
        let response = await H.run(Self.schema(Calls()), "{ few { broken } }")
        #expect(response.errors.count == 3)
        #expect(response.errors.allSatisfy { $0.code == .internalServerError && $0.message == "Internal server error" })
    }
}
