import Storage

extension DatabaseConfiguration {
    /// The database as the startup line and the messages name it: the SQLite path as given
    /// (`./clientela.sqlite`), `:memory:`, or the PostgreSQL URL with every password masked.
    ///
    /// Storage's `redactedURL` masks the password of the URL's user part; a password passed as
    /// a `password=` parameter is masked here too, so no form of the URL prints one.
    package var displayName: String {
        switch self {
        case .sqlite(let configuration):
            switch configuration.location {
            case .memory: return ":memory:"
            case .file(let path): return path
            }
        case .postgres(let configuration):
            return Self.maskingPasswordParameters(configuration.redactedURL)
        }
    }

    /// `sqlite` or `postgres`.
    package var kindName: String {
        switch self {
        case .sqlite: "sqlite"
        case .postgres: "postgres"
        }
    }

    static func maskingPasswordParameters(_ url: String) -> String {
        guard let question = url.firstIndex(of: "?") else { return url }
        let parameters = url[url.index(after: question)...].split(separator: "&", omittingEmptySubsequences: false).map { parameter in
            parameter.lowercased().hasPrefix("password=") ? "password=***" : String(parameter)
        }
        return String(url[...question]) + parameters.joined(separator: "&")
    }
}
