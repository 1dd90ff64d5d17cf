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
package final class BatchLoader<Key: Hashable & Sendable, Loaded: Sendable>: Sendable {
    private let cache = Mutex<[Key: Loaded?]>([:])

    package init() {}

    /// Returns the value of every key, fetching the keys not yet cached in one call to `fetch`.
    /// A key that `fetch` does not return is cached as absent (nil).
    package func load(
        _ keys: [Key],
        fetch: @Sendable ([Key]) async throws -> [Key: Loaded]
    ) async throws -> [Key: Loaded] {
        var missing: [Key] = []
        var seen = Set<Key>()
        cache.withLock { cache in
            for key in keys where cache[key] == nil && seen.insert(key).inserted {
                missing.append(key)
            }
        }
        if !missing.isEmpty {
            let fetched = try await fetch(missing)
            cache.withLock { cache in
                for key in missing { cache[key] = .some(fetched[key]) }
            }
        }
        return cache.withLock { cache in
            var result: [Key: Loaded] = [:]
            result.reserveCapacity(keys.count)
            for key in keys {
                if let entry = cache[key], let value = entry { result[key] = value }
            }
            return result
        }
    }

    /// Forgets every cached value, for a mutation that changed what was loaded.
    package func clear() {
        cache.withLock { $0.removeAll() }
    }
}
