#if canImport(Glibc)
import Glibc
#endif

/// Starts a detached POSIX thread: an event loop blocks in `epoll_wait`, which must not happen on
/// Swift's cooperative pool (it would take a worker away from the handlers for good).
enum LoopThread {
    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    /// - Throws: ``SocketError`` with the errno `pthread_create` returned.
    static func start(_ run: @escaping @Sendable () -> Void) throws(SocketError) {
        let context = Unmanaged.passRetained(Body(run)).toOpaque()
        var thread = pthread_t()
        let result = pthread_create(&thread, nil, { context in
            guard let context else { return nil }
            Unmanaged<Body>.fromOpaque(context).takeRetainedValue().run()
            return nil
        }, context)
        guard result == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            throw SocketError(errno: result, operation: "pthread_create")
        }
        pthread_detach(thread)
    }
}
