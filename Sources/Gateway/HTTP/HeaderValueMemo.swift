import Synchronization

/// Remembers what a pure function of a header value answered, for the values seen first.
///
/// Clients send the same `Accept` and `Content-Type` values on every request, and reading them
/// properly (quoted strings, parameters, q-values) costs more than the rest of a small request's
/// routing. The first ``capacity`` distinct values are kept for the life of the process; later
/// ones are computed each time, so a client sending endless distinct values costs memory only
/// up to the bound.
final class HeaderValueMemo<Answer: Sendable>: Sendable {
    private struct Memory {
        var answers: [String: Answer] = [:]
        /// The value answered last and its answer: checked first, since one client (or a few)
        /// repeats one value, and comparing two strings is cheaper than hashing one.
        var lastValue: String?
        var lastAnswer: Answer?
    }

    private let memory = Mutex(Memory())
    let capacity: Int

    init(capacity: Int = 64) {
        self.capacity = capacity
    }

    func answer(for value: String, computing compute: (String) -> Answer) -> Answer {
        let known: Answer? = memory.withLock { memory in
            if memory.lastValue == value, let answer = memory.lastAnswer { return answer }
            guard let answer = memory.answers[value] else { return nil }
            memory.lastValue = value
            memory.lastAnswer = answer
            return answer
        }
        if let known { return known }
        let answer = compute(value)
        memory.withLock { memory in
            if memory.answers.count < capacity { memory.answers[value] = answer }
        }
        return answer
    }
}
