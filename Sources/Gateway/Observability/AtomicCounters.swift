import Synchronization

/// A fixed number of integer counters in one allocation, each updated with atomic operations.
///
/// ``ServerMetrics`` counts every request by route, status and latency bucket; under a mutex
/// around dictionaries keyed by strings, each request hashed two keys and took the lock, and the
/// pool's threads could queue on it. `Atomic` values cannot be copied, so they cannot sit in an
/// `Array`: they live in memory allocated here, at addresses that never move. Every access goes
/// through `Atomic`'s own operations, which is what makes sharing the class across threads sound.
final class AtomicCounters: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Atomic<Int>>
    let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        for index in 0..<count {
            (slots + index).initialize(to: Atomic(0))
        }
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// Adds `amount` to the counter at `index` (relaxed: the counters order nothing else).
    func add(_ amount: Int, at index: Int) {
        precondition(index >= 0 && index < count, "Counter index out of range")
        slots[index].add(amount, ordering: .relaxed)
    }

    func value(at index: Int) -> Int {
        precondition(index >= 0 && index < count, "Counter index out of range")
        return slots[index].load(ordering: .relaxed)
    }
}
