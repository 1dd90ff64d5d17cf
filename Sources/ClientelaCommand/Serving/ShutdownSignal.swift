/// What tells `clientela serve` to stop.
///
/// In the executable it is the process's SIGINT and SIGTERM (``ProcessSignals``); the tests that
/// run `serve` in-process give a trigger of their own.
package protocol ShutdownSignal: Sendable {
    /// Waits until the server is asked to stop.
    ///
    /// - Returns: What asked, for the log line: `SIGTERM`, `SIGINT`, or the test's name for it.
    func wait() async -> String
}
