/// How long the server waits on a client before it gives up on the connection.
///
/// Every timeout is checked by the connection's event loop when it sweeps its connections (a few
/// times per shortest timeout), never by a sleeping worker: a slow client costs a few bytes of
/// buffer and a table entry, not a thread.
package struct HTTPTimeouts: Sendable, Equatable {
    /// A keep-alive connection with no request under way is closed silently after this: 60 s.
    package var idle: Duration
    /// A request's head must arrive whole within this from its first byte (slow-loris): 10 s,
    /// then 408 and close.
    package var header: Duration
    /// A request's body must arrive whole within this from the end of its head: 30 s (1 MiB at a
    /// modest 35 KB/s), then 408 and close.
    package var body: Duration
    /// A peer that takes none of the pending response bytes for this long is closed: 30 s. The
    /// clock restarts on every bit of progress, so a slow reader is fine, a stopped one is not.
    package var write: Duration
    /// After the last response of a connection the server closes its write side, then reads and
    /// drops what the client still sends for at most this long before closing (lingering close,
    /// so the client reads the response instead of a reset): 2 s.
    package var linger: Duration

    package init(
        idle: Duration = .seconds(60),
        header: Duration = .seconds(10),
        body: Duration = .seconds(30),
        write: Duration = .seconds(30),
        linger: Duration = .seconds(2)
    ) {
        self.idle = idle
        self.header = header
        self.body = body
        self.write = write
        self.linger = linger
    }

    /// How often a loop sweeps its connections for expired deadlines: a quarter of the shortest
    /// timeout, between 5 ms and 250 ms, so a deadline is noticed at most 25% late.
    var sweepInterval: Duration {
        let shortest = [idle, header, body, write, linger].min() ?? .seconds(1)
        return min(max(shortest / 4, .milliseconds(5)), .milliseconds(250))
    }
}
