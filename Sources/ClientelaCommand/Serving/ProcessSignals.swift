import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGINT and SIGTERM as a ``ShutdownSignal``: the first asks for a graceful stop, a second one
/// ends the process at once.
///
/// The signals' default disposition (die on the spot) is replaced by a handler that only
/// writes the signal's number into a pipe: `write(2)` is async-signal-safe, and nothing else is
/// done in signal context. A dedicated thread reads the pipe. The first signal wakes
/// ``wait()``; a second one, which means the operator does not want to wait for the grace period,
/// writes one line on standard error and calls `_exit` with 128 plus the signal (130 for SIGINT,
/// 143 for SIGTERM) without running anything else: the database may be left for recovery (SQLite
/// replays its log at the next open), which is what such an operator asked for.
///
/// Why a handler and a pipe rather than `sigwait` on a thread: `sigwait` only sees a signal
/// blocked in every thread, and the Swift runtime starts threads before `main` runs, so a signal
/// could land on one of those and take its default action. A handler runs whichever thread the
/// signal lands on.
///
/// SIGPIPE is ignored as well, so a peer that closes its socket early gives the server an
/// `EPIPE` to handle rather than killing the process.
///
/// Create one per process, before the server starts, so that a signal that arrives during
/// start-up is not lost.
package final class ProcessSignals: ShutdownSignal {
    private struct State {
        var received: [Int32] = []
        var waiter: CheckedContinuation<String, Never>?
    }

    private let state = Mutex(State())

    package init() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            // Without a pipe the signals keep their default action: the process still stops on
            // SIGINT and SIGTERM, only not gracefully. Say so rather than fail to start.
            StandardConsole().errorLine("clientela: cannot watch for signals (pipe: errno \(errno)); SIGINT and SIGTERM will stop the server abruptly")
            return
        }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        signalPipe.store(ends[1], ordering: .sequentiallyConsistent)
        signal(SIGPIPE, SIG_IGN)
        for number in [SIGINT, SIGTERM] {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = forwardSignal
            #else
            action.__sigaction_u.__sa_handler = forwardSignal
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(number, &action, nil)
        }
        let readEnd = ends[0]
        let thread = Thread { [self] in self.readSignals(from: readEnd) }
        thread.name = "clientela-signals"
        thread.start()
    }

    package func wait() async -> String {
        await withCheckedContinuation { continuation in
            let first = state.withLock { state -> Int32? in
                if let first = state.received.first { return first }
                state.waiter = continuation
                return nil
            }
            if let first { continuation.resume(returning: Self.name(of: first)) }
        }
    }

    /// The reading thread's loop: one byte per signal, for the life of the process.
    private func readSignals(from descriptor: Int32) {
        while true {
            var byte: UInt8 = 0
            let count = read(descriptor, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            guard count == 1 else { return }
            let number = Int32(byte)
            let (waiter, isRepeat) = state.withLock { state -> (CheckedContinuation<String, Never>?, Bool) in
                state.received.append(number)
                let waiter = state.waiter
                state.waiter = nil
                return (waiter, state.received.count > 1)
            }
            if isRepeat {
                StandardConsole().errorLine("clientela: \(Self.name(of: number)) again during the grace period; exiting now")
                _exit(Self.exitCode(for: number))
            }
            waiter?.resume(returning: Self.name(of: number))
        }
    }

    /// The status of an immediate exit: ``ExitCode/interrupted`` or ``ExitCode/terminated``.
    static func exitCode(for number: Int32) -> Int32 {
        switch number {
        case SIGINT: ExitCode.interrupted.rawValue
        case SIGTERM: ExitCode.terminated.rawValue
        default: 128 + number
        }
    }

    static func name(of number: Int32) -> String {
        switch number {
        case SIGINT: "SIGINT"
        case SIGTERM: "SIGTERM"
        default: "signal \(number)"
        }
    }
}

/// The write end of the signal pipe, set before any handler is installed.
private let signalPipe = Atomic<Int32>(-1)

/// The signal handler: writes the signal's number into the pipe and nothing else.
private func forwardSignal(_ number: Int32) {
    let saved = errno
    var byte = UInt8(truncatingIfNeeded: number)
    _ = write(signalPipe.load(ordering: .relaxed), &byte, 1)
    errno = saved
}
