import Glibc

/// Waits for a condition the server reaches on its own (a connection closed by a sweep), checking
/// every 20 ms for up to 20 s. A bound against hanging, not a timing assertion: the tests assert
/// the condition, never how long it took.
enum Eventually {
    static func wait(_ condition: () -> Bool) -> Bool {
        for _ in 0..<1000 {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }
}
