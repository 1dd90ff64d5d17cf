import GraphQL
import Synchronization
import Testing

/// Mutation root fields run one at a time, in document order, each with its whole selection,
/// before the next one starts (https://spec.graphql.org/September2025/#sec-Normal-and-Serial-Execution).
@Suite struct MutationOrderTests {
    typealias H = ExecutionHarness

    /// A shared counter that the mutations change and their results read.
    private final class Counter: Sendable {
        let state = Mutex<(value: Int, log: [String])>((0, []))

        func record(_ entry: String) { state.withLock { $0.log.append(entry) } }
        var log: [String] { state.withLock { $0.log } }
    }

    private struct Snapshot: Sendable { let value: Int }

    private static func schema(_ counter: Counter) -> Schema {
        H.schema(mutation: "Mutation", [
            H.object("Query", [H.field("value", "Int", .sync { _, _, _ in .int(counter.state.withLock { $0.value }) })]),
            H.object("Mutation", [
                H.field("add", "Result", args: [H.arg("n", "Int!"), H.arg("delayMs", "Int", default: 0)], .async { _, arguments, _ in
                    let n = arguments.int("n") ?? 0
                    counter.record("start \(n)")
                    try await Task.sleep(for: .milliseconds(arguments.int("delayMs") ?? 0))
                    let value = counter.state.withLock { state in
                        state.value += n
                        return state.value
                    }
                    counter.record("end \(n)")
                    return .object(Snapshot(value: value))
                }),
                H.field("fail", "Result", .async { _, _, _ in
                    counter.record("fail")
                    throw ResolverError("No.", code: .forbidden)
                }),
            ]),
            H.object("Result", [
                H.field("value", "Int", .sync(on: Snapshot.self) { snapshot, _, _ in .int(snapshot.value) }),
                H.field("later", "Int", .async(on: Snapshot.self) { snapshot, _, _ in
                    counter.record("nested \(snapshot.value)")
                    return .int(snapshot.value)
                }),
            ]),
        ])
    }

    @Test func rootFieldsRunSeriallyInDocumentOrder() async {
        let counter = Counter()
        let json = await H.json(Self.schema(counter), """
            mutation {
              first: add(n: 1, delayMs: 30) { value later }
              second: add(n: 10, delayMs: 0) { value later }
              third: add(n: 100, delayMs: 10) { value }
            }
            """)
        #expect(json == #"{"data":{"first":{"value":1,"later":1},"second":{"value":11,"later":11},"third":{"value":111}}}"#)
        #expect(counter.log == ["start 1", "end 1", "nested 1", "start 10", "end 10", "nested 11", "start 100", "end 100"])
    }

    @Test func aFailingMutationDoesNotStopTheNextOnes() async {
        let counter = Counter()
        let response = await H.run(Self.schema(counter), "mutation { a: add(n: 1) { value } fail { value } b: add(n: 2) { value } }")
        #expect(response.data == ["a": ["value": 1], "fail": nil, "b": ["value": 3]])
        #expect(response.errors.map(\.message) == ["No."])
        #expect(counter.log == ["start 1", "end 1", "fail", "start 2", "end 2"])
    }

    @Test func queriesSeeTheSameState() async {
        let counter = Counter()
        #expect(await H.json(Self.schema(counter), "{ value }") == #"{"data":{"value":0}}"#)
    }
}
