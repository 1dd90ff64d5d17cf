import ClientelaCommand
import Synchronization

/// A shutdown signal the test pulls itself, for `serve` run in-process.
final class ManualShutdown: ShutdownSignal {
    private let state = Mutex((pulled: false, waiters: [CheckedContinuation<String, Never>]()))

    func wait() async -> String {
        await withCheckedContinuation { continuation in
            let pulled = state.withLock { state in
                if !state.pulled { state.waiters.append(continuation) }
                return state.pulled
            }
            if pulled { continuation.resume(returning: "test shutdown") }
        }
    }

    func pull() {
        let waiters = state.withLock { state in
            state.pulled = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(returning: "test shutdown") }
    }
}
