import Storage

extension DatabaseConfiguration {
    /// Opens the database for a command, or says on standard error why it cannot (one line, the
    /// database named as ``displayName`` shows it, never with a password) and returns nil, for
    /// the command to exit with failure.
    func open(reportingTo console: any Console) async -> (any SQLDatabase)? {
        do {
            return try await open()
        } catch {
            console.errorLine("clientela: cannot open the database \(displayName): \(error)")
            return nil
        }
    }
}
