import Synchronization

/// Lends connections to one unit of work at a time, opening them lazily up to a capacity.
///
/// Callers wait in order when every connection is lent. A connection that broke is given back as
/// not reusable; the pool closes it and the next borrower gets a new one, which is how a dropped
/// PostgreSQL connection is replaced. ``close()`` waits for every lent connection to come back.
final class ConnectionPool<Connection: AnyObject>: Sendable {
    /// A pooled connection. The pool lends each to one holder at a time, and only that holder
    /// touches the connection, which is what makes carrying it across threads safe.
    struct Lease: @unchecked Sendable {
        let connection: Connection
    }

    private enum Grant: Sendable {
        case lease(Lease)
        /// Room to open a new connection.
        case open
    }

    private struct State {
        var idle: [Lease] = []
        /// Connections alive or being opened, lent or idle.
        var count = 0
        var waiters: [CheckedContinuation<Grant, any Error>] = []
        var closed = false
        var closeWaiter: CheckedContinuation<[Lease], Never>?

        /// When the pool is closing and the last lent connection came back, takes every
        /// connection for the waiting ``close()``.
        mutating func drainIfClosing() -> Wakeup {
            guard closed, let waiter = closeWaiter, idle.count == count else { return .none }
            let leases = idle
            idle = []
            count = 0
            closeWaiter = nil
            return .closer(waiter, leases)
        }
    }

    /// What to resume once the lock is released.
    private enum Wakeup {
        case none
        case waiter(CheckedContinuation<Grant, any Error>, Grant)
        case closer(CheckedContinuation<[Lease], Never>, [Lease])

        func perform() {
            switch self {
            case .none: break
            case .waiter(let continuation, let grant): continuation.resume(returning: grant)
            case .closer(let continuation, let leases): continuation.resume(returning: leases)
            }
        }
    }

    let capacity: Int
    /// The threads the pool's connections are opened, used and closed on.
    let executor: BlockingExecutor
    private let open: @Sendable () throws -> Connection
    private let shutdown: @Sendable (Connection) -> Void
    private let state = Mutex(State())

    /// - Parameters:
    ///   - capacity: The most connections open at once, and the number of threads.
    ///   - name: The threads' name, for debuggers and profiles.
    ///   - open: Opens a connection; runs on one of the pool's threads.
    ///   - shutdown: Closes a connection; runs on one of the pool's threads.
    init(capacity: Int, name: String, open: @escaping @Sendable () throws -> Connection, shutdown: @escaping @Sendable (Connection) -> Void) {
        precondition(capacity > 0, "a pool needs room for one connection")
        self.capacity = capacity
        executor = BlockingExecutor(threads: capacity, name: name)
        self.open = open
        self.shutdown = shutdown
    }

    /// Borrows a connection, opening one when none is idle and there is room, else waiting.
    ///
    /// - Throws: ``StorageError`` with code ``StorageError/Code/closed`` once the pool is closed,
    ///   or the error of opening a connection.
    func lease() async throws -> Lease {
        let grant: Grant = try await withCheckedThrowingContinuation { continuation in
            let immediate: Result<Grant, any Error>? = state.withLock { state in
                if state.closed { return .failure(StorageError(.closed, "the database is closed")) }
                if let lease = state.idle.popLast() { return .success(.lease(lease)) }
                if state.count < capacity {
                    state.count += 1
                    return .success(.open)
                }
                state.waiters.append(continuation)
                return nil
            }
            if let immediate { continuation.resume(with: immediate) }
        }
        switch grant {
        case .lease(let lease):
            return lease
        case .open:
            do {
                let open = self.open
                return try await executor.run { Lease(connection: try open()) }
            } catch {
                forget()
                throw error
            }
        }
    }

    /// Gives a connection back; one that is not reusable is closed and forgotten.
    func release(_ lease: Lease, reusable: Bool) {
        guard reusable else {
            let shutdown = self.shutdown
            executor.submit { shutdown(lease.connection) }
            forget()
            return
        }
        let wakeup: Wakeup = state.withLock { state in
            if !state.waiters.isEmpty {
                return .waiter(state.waiters.removeFirst(), .lease(lease))
            }
            state.idle.append(lease)
            return state.drainIfClosing()
        }
        wakeup.perform()
    }

    /// Waits until every lent connection is back, then closes them all and ends the threads.
    /// Borrowers still waiting fail with ``StorageError/Code/closed``.
    func close() async {
        let leases: [Lease] = await withCheckedContinuation { continuation in
            let (waiters, ready): ([CheckedContinuation<Grant, any Error>], [Lease]?) = state.withLock { state in
                guard !state.closed else { return ([], []) }
                state.closed = true
                let waiters = state.waiters
                state.waiters = []
                if state.idle.count == state.count {
                    let leases = state.idle
                    state.idle = []
                    state.count = 0
                    return (waiters, leases)
                }
                state.closeWaiter = continuation
                return (waiters, nil)
            }
            for waiter in waiters { waiter.resume(throwing: StorageError(.closed, "the database is closed")) }
            if let ready { continuation.resume(returning: ready) }
        }
        let shutdown = self.shutdown
        for lease in leases {
            _ = try? await executor.run { shutdown(lease.connection) }
        }
        executor.shutdown()
    }

    /// A connection is gone (it failed to open, or broke): make room, and let the first waiter
    /// open a replacement.
    private func forget() {
        let wakeup: Wakeup = state.withLock { state in
            state.count -= 1
            if !state.waiters.isEmpty {
                state.count += 1
                return .waiter(state.waiters.removeFirst(), .open)
            }
            return state.drainIfClosing()
        }
        wakeup.perform()
    }
}
