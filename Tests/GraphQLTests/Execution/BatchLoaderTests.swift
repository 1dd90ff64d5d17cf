import GraphQL
import Synchronization
import Testing

/// The loader shares what is cached and what is being fetched, so no key is fetched twice in a
/// request whatever order concurrent resolvers run in.
@Suite struct BatchLoaderTests {
    /// The keys of every fetch, in the order fetches started.
    final class Fetches: Sendable {
        private let calls = Mutex<[[Int]]>([])
        func record(_ keys: [Int]) { calls.withLock { $0.append(keys) } }
        var all: [[Int]] { calls.withLock { $0 } }

        /// Waits until `count` fetches have started.
        func waitFor(_ count: Int) async {
            while all.count < count { await Task.yield() }
        }
    }

    /// A gate a fetch waits at until the test opens it.
    final class Gate: Sendable {
        private let stream: AsyncStream<Void>
        private let continuation: AsyncStream<Void>.Continuation

        init() {
            (stream, continuation) = AsyncStream.makeStream(of: Void.self)
        }

        func wait() async {
            for await _ in stream { return }
        }

        func open() {
            continuation.finish()
        }
    }

    struct Refused: Error {}

    private static func squares(_ keys: [Int]) -> [Int: Int] {
        Dictionary(uniqueKeysWithValues: keys.filter { $0 >= 0 }.map { ($0, $0 * $0) })
    }

    @Test func aKeyLoadedOnceIsServedFromTheCache() async throws {
        let loader = BatchLoader<Int, Int>()
        let fetches = Fetches()
        let first = try await loader.load([1, 2, 2]) { keys in fetches.record(keys); return Self.squares(keys) }
        let second = try await loader.load([2, 3, -1]) { keys in fetches.record(keys); return Self.squares(keys) }
        #expect(first == [1: 1, 2: 4])
        #expect(second == [2: 4, 3: 9])
        #expect(fetches.all == [[1, 2], [3, -1]])
        let again = try await loader.load([-1]) { keys in fetches.record(keys); return Self.squares(keys) }
        #expect(again.isEmpty)
        #expect(fetches.all.count == 2, "a key the fetch did not return is remembered as absent")
    }

    @Test func aLoadWaitsForTheFetchInFlightInsteadOfFetchingAgain() async throws {
        let loader = BatchLoader<Int, Int>()
        let fetches = Fetches()
        let gate = Gate()
        let first = Task {
            try await loader.load([1, 2]) { keys in
                fetches.record(keys)
                await gate.wait()
                return Self.squares(keys)
            }
        }
        await fetches.waitFor(1)
        let second = Task {
            try await loader.load([2, 3]) { keys in fetches.record(keys); return Self.squares(keys) }
        }
        await fetches.waitFor(2)
        gate.open()
        #expect(try await first.value == [1: 1, 2: 4])
        #expect(try await second.value == [2: 4, 3: 9])
        #expect(fetches.all == [[1, 2], [3]])
    }

    @Test func aFailedFetchFailsItsWaitersAndIsTriedAgainLater() async throws {
        let loader = BatchLoader<Int, Int>()
        let fetches = Fetches()
        await #expect(throws: Refused.self) {
            try await loader.load([1]) { keys in fetches.record(keys); throw Refused() }
        }
        let loaded = try await loader.load([1]) { keys in fetches.record(keys); return Self.squares(keys) }
        #expect(loaded == [1: 1])
        #expect(fetches.all == [[1], [1]])
    }

    @Test func aFetchOverlappingAClearAnswersItsWaitersButDoesNotRefillTheCache() async throws {
        let loader = BatchLoader<Int, Int>()
        let fetches = Fetches()
        let gate = Gate()
        let stale = Task {
            try await loader.load([1]) { keys in
                fetches.record(keys)
                await gate.wait()
                return [1: 100]
            }
        }
        await fetches.waitFor(1)
        loader.clear()
        gate.open()
        #expect(try await stale.value == [1: 100])
        let fresh = try await loader.load([1]) { keys in fetches.record(keys); return Self.squares(keys) }
        #expect(fresh == [1: 1])
        #expect(fetches.all == [[1], [1]])
    }
}
