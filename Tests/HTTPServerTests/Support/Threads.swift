import Glibc

/// Runs blocking test code on a thread of its own and awaits it, so a client waiting in `recv`
/// never holds one of the cooperative pool's few threads that the server's handlers need.
enum Threads {
    private class Job {
        func run() {}
    }

    private final class TypedJob<T: Sendable>: Job {
        let body: () throws -> T
        let done: (Result<T, any Error>) -> Void

        init(body: @escaping () throws -> T, done: @escaping (Result<T, any Error>) -> Void) {
            self.body = body
            self.done = done
        }

        override func run() {
            done(Result { try body() })
        }
    }

    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        let result: Result<T, any Error> = await withCheckedContinuation { continuation in
            let job = TypedJob<T>(body: body, done: { continuation.resume(returning: $0) })
            let context = Unmanaged<Job>.passRetained(job).toOpaque()
            var thread = pthread_t()
            let status = pthread_create(&thread, nil, { context in
                Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().run()
                return nil
            }, context)
            precondition(status == 0, "pthread_create failed: \(status)")
            pthread_detach(thread)
        }
        return try result.get()
    }

    /// Runs `count` blocking bodies at once, each on its own thread, and returns their results in
    /// order.
    static func runConcurrently<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) throws -> T) async throws -> [T] {
        try await withThrowingTaskGroup(of: (Int, T).self) { group in
            for index in 0..<count {
                group.addTask { (index, try await run { try body(index) }) }
            }
            var results = [T?](repeating: nil, count: count)
            for try await (index, value) in group { results[index] = value }
            return results.compactMap { $0 }
        }
    }

    static func sleep(milliseconds: Int) {
        usleep(useconds_t(milliseconds * 1000))
    }
}
