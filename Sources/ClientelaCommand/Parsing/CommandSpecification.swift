/// A command of the tool: the words that name it, its help, and its flags.
///
/// The commands are data, so that the parser, the help and the tests read one list. Only the
/// commands whose module has landed are listed; api.md's others (`import`, `export`) join the
/// list with their modules, and until then are unknown commands.
package struct CommandSpecification: Sendable, Equatable {
    /// `["serve"]`, or `["schema", "print"]` for a command inside a group.
    package let words: [String]
    /// One line for the tool's help.
    package let summary: String
    /// The paragraphs of the command's own help, after its usage line.
    package let discussion: String
    package let flags: [FlagSpecification]

    /// `serve`, `schema print`.
    package var name: String { words.joined(separator: " ") }
}

extension CommandSpecification {
    package static let serve = CommandSpecification(
        words: ["serve"],
        summary: "Serves the GraphQL API and the query explorer over HTTP.",
        discussion: """
            Serves POST and GET /graphql, the query explorer at /, and /healthz, /readyz and
            /metrics. Opens the database first, creating and migrating it when needed, then
            prints one line on standard output with the address, the database and the version.
            Each request is logged as one JSON line on standard error.

            Every request to /graphql needs 'Authorization: Bearer <token>'. The first start of
            a database without users creates the SUPER_ADMIN admin@localhost and prints its API
            token once, with a curl line using it; 'clientela token create' makes more. Tokens
            of an outside identity provider are accepted when CLIENTELA_JWT_ISSUER,
            CLIENTELA_JWT_AUDIENCE and CLIENTELA_JWT_HS256_SECRET (or
            CLIENTELA_JWT_RS256_PUBLIC_KEY_FILE, a PEM file) are set; CLIENTELA_JWT_LEEWAY_SECONDS
            allows clock skew (default 60). A JWT's sub names the user whose externalId it is.

            On SIGINT or SIGTERM the server stops accepting connections, lets the requests in
            flight finish within the grace period, closes the database and exits with status 0.
            A second signal during the grace period exits at once, with status 130 (SIGINT) or
            143 (SIGTERM). A port already in use, or a database that cannot be opened, is one
            line on standard error and exit status 1.
            """,
        flags: [.host, .port, .database, .gracePeriod, .requestDeadline])

    package static let migrate = CommandSpecification(
        words: ["migrate"],
        summary: "Applies the database's pending migrations, then exits.",
        discussion: """
            Opens the database (an SQLite file is created when missing), applies every
            migration this build has that the database lacks, each in its own transaction,
            prints the migrations applied, and closes the database. A database migrated by a
            newer build is refused untouched. `clientela serve` migrates by itself; this command
            is for deployments that migrate as a separate step.
            """,
        flags: [.database])

    package static let schemaPrint = CommandSpecification(
        words: ["schema", "print"],
        summary: "Prints the GraphQL schema the server serves, as SDL.",
        discussion: """
            Prints the composed schema (every module's part of schema/, as compiled into this
            build) on standard output. It needs no database.
            """,
        flags: [])

    package static let tokenCreate = CommandSpecification(
        words: ["token", "create"],
        summary: "Creates an API token for a user and prints it, once.",
        discussion: """
            Creates an API token for the active user with the email given, named as given, and
            prints the token alone on standard output (so a script can capture it) and what was
            created on standard error. The token is shown this once: only its hash is stored.
            Send it as 'Authorization: Bearer <token>'. The database is migrated first when
            needed. No user with that email, or a deactivated one, is one line on standard error
            and exit status 1.
            """,
        flags: [.database, .user, .tokenName, .expiresIn])

    package static let seedDemo = CommandSpecification(
        words: ["seed-demo"],
        summary: "Seeds a demo organization and prints a token per role.",
        discussion: """
            Creates the organization 'Agencia Luna Eventos' (slug 'demo', Mexico, MXN) with an
            owner, an admin, three members, 300 clients (Mexican names, phones and valid RFCs,
            every status reached through the lifecycle, both types, every acquisition source,
            assignments, purchases) with their events, and a CLIENT login bound to one client;
            then prints an API token for the owner, the admin, a member and the client login,
            and a curl line to try one. There is no RESELLER login yet: a reseller login needs
            a reseller, and resellers arrive with the Resellers module. The data is the same on
            every run (a seeded generator); only ids and tokens differ. The database is migrated
            first when needed.

            When the demo organization already exists, seed-demo changes nothing and exits with
            status 1; 'clientela token create' makes more tokens.

            With --clients N it adds N generated clients to the demo organization instead
            (creating the demo first when it is missing), in large multi-row transactions, with
            a progress line on a terminal: a million clients take minutes. Run it again to add
            more; the new clients never collide with the earlier ones.
            """,
        flags: [.database, .clients])

    /// Every command, in the order the tool's help lists them.
    package static let all: [CommandSpecification] = [serve, migrate, schemaPrint, tokenCreate, seedDemo]

    /// The first words that only group commands (`schema`), with the commands of each.
    package static var groups: [String: [CommandSpecification]] {
        Dictionary(grouping: all.filter { $0.words.count > 1 }, by: { $0.words[0] })
    }
}
