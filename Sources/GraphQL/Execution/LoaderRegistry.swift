internal import Synchronization

/// The per-request loaders, one per kind of thing loaded, created on first use.
///
/// Batch resolvers already receive all parents of one level at once; a loader adds the other
/// half: a key loaded once in a request (the same user assigned to 40 clients, or reached at two
/// depths) is fetched once. Loaders live as long as the request, so a write in a mutation is never
/// hidden by a stale cache of an earlier request.
package final class LoaderRegistry: Sendable {
    private let loaders = Mutex<[String: any Sendable]>([:])

    package init() {}

    /// The loader registered under `name`, created empty on first use.
    ///
    /// - Precondition: every call with the same name asks for the same key and value types.
    package func loader<Key: Hashable & Sendable, Loaded: Sendable>(
        _ name: String,
        of _: Key.Type = Key.self,
        _: Loaded.Type = Loaded.self
    ) -> BatchLoader<Key, Loaded> {
        loaders.withLock { loaders in
            if let existing = loaders[name] {
                guard let typed = existing as? BatchLoader<Key, Loaded> else {
                    preconditionFailure("loader \(name) was registered with other key or value types")
                }
                return typed
            }
            let created = BatchLoader<Key, Loaded>()
            loaders[name] = created
            return created
        }
    }
}

/// A cache of values loaded by key for one request, filled by batch fetches.
///
/// A fetch in flight is shared: two fields of one level that need the same keys (a client's
/// `organization` and its `isEngaged`, or `createdBy` and a history entry's `by`) run
/// concurrently, and the second waits for the first's fetch instead of issuing its own, so a
/// request's statement count does not depend on which resolver happens to start first.
package final class BatchLoader<Key: Hashable & Sendable, Loaded: Sendable>: Sendable {
    private typealias Fetch = Task<[Key: Loaded], any Error>

    /// A key's state: fetched (nil when the fetch did not return it), or being fetched by the
    /// fetch with this number.
    private enum Entry {
        case loaded(Loaded?)
        case pending(Fetch, number: Int)
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var fetchesStarted = 0
    }

    private let cache = Mutex(State())

    package init() {}

    /// Returns the value of every key, fetching the keys neither cached nor being fetched in one
    /// call to `fetch`. A key that `fetch` does not return is cached as absent (nil). When a fetch
    /// fails, its keys are forgotten, so a later load tries again.
    package func load(
        _ keys: [Key],
        fetch: @escaping @Sendable ([Key]) async throws -> [Key: Loaded]
    ) async throws -> [Key: Loaded] {
        var result: [Key: Loaded] = [:]
        result.reserveCapacity(keys.count)
        let fetches: [Fetch] = cache.withLock { state in
            var missing: [Key] = []
            var awaited: [Fetch] = []
            var seen = Set<Key>()
            for key in keys where seen.insert(key).inserted {
                switch state.entries[key] {
                case .loaded(let value?): result[key] = value
                case .loaded(nil): break
                case .pending(let fetch, _): if !awaited.contains(fetch) { awaited.append(fetch) }
                case nil: missing.append(key)
                }
            }
            if !missing.isEmpty {
                state.fetchesStarted += 1
                let number = state.fetchesStarted
                let fetch = Fetch { [missing] in try await self.settle(missing, number: number, fetch) }
                for key in missing { state.entries[key] = .pending(fetch, number: number) }
                awaited.append(fetch)
            }
            return awaited
        }
        for fetch in fetches {
            let fetched = try await fetch.value
            for key in keys where result[key] == nil {
                if let value = fetched[key] { result[key] = value }
            }
        }
        return result
    }

    /// Runs one fetch and records its outcome for every key it was started for.
    ///
    /// Only keys still waiting for this very fetch are settled: after a clear() its answer may be
    /// stale, and a later fetch may have taken the keys over.
    private func settle(
        _ keys: [Key], number: Int, _ fetch: @Sendable ([Key]) async throws -> [Key: Loaded]
    ) async throws -> [Key: Loaded] {
        do {
            let fetched = try await fetch(keys)
            cache.withLock { state in
                for key in keys {
                    if case .pending(_, number) = state.entries[key] { state.entries[key] = .loaded(fetched[key]) }
                }
            }
            return fetched
        } catch {
            cache.withLock { state in
                for key in keys {
                    if case .pending(_, number) = state.entries[key] { state.entries[key] = nil }
                }
            }
            throw error
        }
    }

    /// Forgets every cached value, for a mutation that changed what was loaded. A fetch in flight
    /// still answers the loads already waiting for it, but no longer fills the cache.
    package func clear() {
        cache.withLock { $0.entries.removeAll() }
    }
}
