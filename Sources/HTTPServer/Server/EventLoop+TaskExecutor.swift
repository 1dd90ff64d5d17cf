/// Each event loop is the executor of its connections' handler tasks: a request is parsed,
/// answered and written on one thread, with no hand-off to another thread and back.
///
/// Why: a small GraphQL request costs the handler about 16 µs, and handing it to Swift's
/// cooperative pool and its response back cost as much again on a 2-core machine (a task on
/// another thread, a futex to wake it, an eventfd to wake the loop, and the request's bytes
/// fetched into another core's cache). With one loop per core the loops are the worker pool.
/// What a handler awaits off the loop does not hold it: storage runs its C calls on threads of
/// its own, and the task resumes here when they finish, so the loop serves its other connections
/// meanwhile. The trade: CPU-bound work of one request (bounded by the engine's limits: at most
/// a few milliseconds) delays the other connections of its loop by that long, where the pool
/// would have delayed the other requests queued behind it.
extension EventLoop: TaskExecutor {
    func enqueue(_ job: consuming ExecutorJob) {
        post(job: UnownedJob(job))
    }
}
