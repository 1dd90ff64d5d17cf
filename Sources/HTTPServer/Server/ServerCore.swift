import Synchronization

/// What every loop of one server shares: the handler, the settings, the counters, the loops
/// themselves (for handing connections round-robin) and the count of loops still running.
final class ServerCore: Sendable {
    let handler: any HTTPHandler
    let configuration: HTTPServerConfiguration
    let statistics: HTTPServerStatistics
    let loops: [EventLoop]
    private let lifecycle = Mutex(Lifecycle())

    private struct Lifecycle {
        var running = 0
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    init(handler: any HTTPHandler, configuration: HTTPServerConfiguration, statistics: HTTPServerStatistics, loops: [EventLoop]) {
        self.handler = handler
        self.configuration = configuration
        self.statistics = statistics
        self.loops = loops
    }

    func loopStarting() {
        lifecycle.withLock { $0.running += 1 }
    }

    /// Called by each loop as its thread ends; the last one wakes everyone waiting.
    func loopExited() {
        let waiters = lifecycle.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.running -= 1
            guard state.running == 0 else { return [] }
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Returns once no loop is running (at once if none ever started).
    func waitUntilStopped() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let stoppedAlready = lifecycle.withLock { state in
                if state.running == 0 { return true }
                state.waiters.append(continuation)
                return false
            }
            if stoppedAlready { continuation.resume() }
        }
    }
}
