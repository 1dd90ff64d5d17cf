/// What other threads hand to an event loop: handlers' responses, connections accepted by the
/// accepting loop, the shutdown order. Guarded by the loop's mutex; the loop takes the whole box
/// at once and works through it on its own thread.
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
    /// Set by `shutdown`: stop accepting, close idle connections, and force the rest closed at
    /// this instant.
    var drainDeadline: ContinuousClock.Instant?
    /// Whether the next sender must write the eventfd: true once the loop has emptied the box,
    /// false after a sender has signalled (one wake-up per batch, not per message).
    var needsSignal = true

    var isEmpty: Bool { completions.isEmpty && arrivals.isEmpty && drainDeadline == nil }
}
