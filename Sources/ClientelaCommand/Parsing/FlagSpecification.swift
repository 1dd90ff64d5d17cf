/// A flag a command accepts, and what its help says about it.
///
/// Every flag takes a value (`--port 8080` or `--port=8080`) and has an environment variable
/// twin, so a deployment can configure the tool without a command line. The flag beats its
/// variable; the default applies when neither is set (an empty variable counts as unset).
package struct FlagSpecification: Sendable, Equatable {
    /// The flag's name without its dashes: `port` for `--port`.
    package let name: String
    /// The placeholder for its value in the help: `PORT`.
    package let valueName: String
    /// The environment variable that sets it when the flag is absent: `CLIENTELA_PORT`.
    package let environmentVariable: String
    /// The value used when neither is given, as the help shows it.
    package let defaultValue: String
    /// One sentence for the help.
    package let summary: String

    package init(_ name: String, value valueName: String, environment environmentVariable: String, default defaultValue: String, summary: String) {
        self.name = name
        self.valueName = valueName
        self.environmentVariable = environmentVariable
        self.defaultValue = defaultValue
        self.summary = summary
    }

    /// `--port`.
    package var spelling: String { "--" + name }
}

extension FlagSpecification {
    package static let host = FlagSpecification(
        "host", value: "HOST", environment: "CLIENTELA_HOST", default: "127.0.0.1",
        summary: "The address to listen on: an IPv4 or IPv6 address, or a host name (0.0.0.0 listens on every interface).")
    package static let port = FlagSpecification(
        "port", value: "PORT", environment: "CLIENTELA_PORT", default: "8080",
        summary: "The TCP port to listen on, 0 to 65535; 0 takes a free port, which the startup line then names.")
    package static let database = FlagSpecification(
        "database", value: "URL", environment: "CLIENTELA_DATABASE", default: "./clientela.sqlite",
        summary: "The database: an SQLite file path (created when missing; sqlite:PATH works too) or postgres://user:pass@host:5432/name.")
    package static let gracePeriod = FlagSpecification(
        "grace-period", value: "SECONDS", environment: "CLIENTELA_GRACE_PERIOD", default: "10",
        summary: "On SIGINT or SIGTERM, how long requests in flight may take to finish before the server closes anyway.")
    package static let requestDeadline = FlagSpecification(
        "request-deadline", value: "SECONDS", environment: "CLIENTELA_REQUEST_DEADLINE", default: "10",
        summary: "How long one GraphQL request may run before it is stopped with QUERY_TOO_COMPLEX.")
    package static let user = FlagSpecification(
        "user", value: "EMAIL", environment: "CLIENTELA_TOKEN_USER", default: "",
        summary: "The email of the user the token acts as (any case).")
    package static let tokenName = FlagSpecification(
        "name", value: "NAME", environment: "CLIENTELA_TOKEN_NAME", default: "",
        summary: "What the token is for, 1 to 100 characters, such as 'billing sync'; shown in the user's token list.")
    package static let expiresIn = FlagSpecification(
        "expires-in", value: "DAYS", environment: "CLIENTELA_TOKEN_EXPIRES_IN", default: "never",
        summary: "After how many days (1 to 3650) the token stops working; 'never' for a token that does not expire.")
    package static let clients = FlagSpecification(
        "clients", value: "N", environment: "CLIENTELA_SEED_CLIENTS", default: "none",
        summary: "Adds N generated clients (1 to 10000000; 1_000_000 is fine) to the demo organization, creating the demo first when it is missing.")
}
