import Synchronization

/// Remembers what a pure function of a header value answered, for the values seen first.
///
/// Clients send the same `Accept` and `Content-Type` values on every request, and reading them
/// properly (quoted strings, parameters, q-values) costs more than the rest of a small request's
/// routing. The first ``capacity`` distinct values are kept for the life of the process; later
/// ones are computed each time, so a client sending endless distinct values costs memory only
/// up to the bound.
final class HeaderValueMemo<Answer: Sendable>: Sendable {
    private let answers = Mutex<[String: Answer]>([:])
    let capacity: Int

    init(capacity: Int = 64) {
        self.capacity = capacity
    }

    func answer(for value: String, computing compute: (String) -> Answer) -> Answer {
        if let known = answers.withLock({ $0[value] }) { return known }
        let answer = compute(value)
        answers.withLock { answers in
            if answers.count < capacity { answers[value] = answer }
        }
        return answer
    }
}
