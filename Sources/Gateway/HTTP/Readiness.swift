package import Storage

/// Readiness checks for ``GatewayHandler``'s `/readyz`.
package enum Readiness {
    /// Ready while the database answers a trivial query (api.md: "`GET /readyz` (storage
    /// reachable)"). A failure of any kind, a closed database included, is "not ready": the
    /// probe's job is to take the instance out of rotation, not to explain why; the storage
    /// error shows in the log of the requests that fail.
    package static func storage(_ database: any SQLDatabase) -> @Sendable () async -> Bool {
        {
            do {
                try await database.ping()
                return true
            } catch {
                return false
            }
        }
    }
}
