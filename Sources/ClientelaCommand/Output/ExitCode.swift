/// The statuses the tool exits with. (Not `ExitStatus`, which Swift Testing defines.)
package enum ExitCode: Int32, Sendable, Equatable {
    case success = 0
    /// The command could not do its work: a database that cannot be opened, a port in use.
    case failure = 1
    /// The command line is wrong (see ``UsageError``).
    case usage = 2
    /// A second SIGINT during the grace period: the conventional 128 + 2.
    case interrupted = 130
    /// A second SIGTERM during the grace period: the conventional 128 + 15.
    case terminated = 143
}
