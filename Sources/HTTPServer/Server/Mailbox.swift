/// What other threads hand to an event loop: handlers' responses and the jobs of handler tasks,
/// connections accepted by the accepting loop, the shutdown order. Guarded by the loop's mutex;
/// the loop takes the whole box at once and works through it on its own thread.
struct Mailbox: Sendable {
    struct Completion: Sendable {
        var connectionID: UInt64
        var response: HTTPResponse
        var keepAlive: Bool
    }

    struct Arrival: Sendable {
        var fd: Int32
        var remoteAddress: String
    }

    var completions: [Completion] = []
    var arrivals: [Arrival] = []
    /// Jobs of the tasks that prefer this loop as their executor (see `EventLoop+TaskExecutor`).
    var jobs: [UnownedJob] = []
    /// Set by `shutdown`: stop accepting, close idle connections, and force the rest closed at
    /// this instant.
    var drainDeadline: ContinuousClock.Instant?

    var isEmpty: Bool { completions.isEmpty && arrivals.isEmpty && jobs.isEmpty && drainDeadline == nil }
}
