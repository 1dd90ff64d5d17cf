import Gateway
import GraphQL
import Storage

/// `clientela serve`.
///
/// Not wired yet: the HTTP server and the GraphQL-over-HTTP handler are being written on their
/// own branches. Until they merge, `serve` says so and exits 1.
enum ServeCommand {
    static func run(_ options: ServeOptions, console: any Console, shutdown: any ShutdownSignal) async -> ExitStatus {
        console.errorLine("clientela: serve is not available in this build yet (the HTTP server has not landed)")
        return .failure
    }
}
