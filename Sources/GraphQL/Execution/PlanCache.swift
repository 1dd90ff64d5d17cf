internal import Synchronization

/// The operation plans of the documents an engine has run, so that a document sent again (the
/// usual case: clients send the same queries over and over) skips field collection.
///
/// Keyed by the document's text and the operation name, then by the values of the variables
/// that decide `@skip`/`@include`. Bounded, since clients may send endless distinct documents:
/// beyond ``capacity`` documents or ``byteBudget`` bytes of document text (plans grow with the
/// text) the oldest document is dropped, and a document keeps at most ``variantsPerDocument``
/// condition outcomes.
final class PlanCache: Sendable {
    struct DocumentKey: Hashable, Sendable {
        let text: String
        let operationName: String?
    }

    /// The plans of one document, by the values of its condition variables.
    struct Entry: Sendable {
        let conditionVariables: [String]
        var plans: [[Value?]: OperationPlan] = [:]
        /// The guard verdicts that passed, by the same condition values.
        var passedGuards: [[Value?]: PassedGuards] = [:]
    }

    /// An operation under one outcome of its conditions stayed within these limits: its depth,
    /// field, alias and introspection counts depend on nothing else, so a later request only
    /// checks the `limit` arguments that variables give.
    struct PassedGuards: Sendable {
        let limits: ExecutionLimits
        let variableLimits: [ExecutionGuards.VariableLimit]
    }

    private struct State {
        var entries: [DocumentKey: Entry] = [:]
        var order: [DocumentKey] = []
        var bytes = 0
    }

    let capacity: Int
    let byteBudget = 4 << 20
    let variantsPerDocument = 8
    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = capacity
    }

    func entry(for key: DocumentKey) -> Entry? {
        state.withLock { $0.entries[key] }
    }

    /// Stores `plan`, unless another request already replaced `previous` with a plan of its own
    /// (both are valid; the first one in wins).
    func store(_ plan: OperationPlan, for key: DocumentKey, conditionVariables: [String], conditions: [Value?], replacing previous: OperationPlan?) {
        update(key, conditionVariables: conditionVariables) { entry in
            let current = entry.plans[conditions]
            guard current === previous else { return }
            if current == nil, entry.plans.count >= variantsPerDocument { return }
            entry.plans[conditions] = plan
        }
    }

    /// Remembers that the operation passed the guards under these conditions.
    func store(_ passed: PassedGuards, for key: DocumentKey, conditionVariables: [String], conditions: [Value?]) {
        update(key, conditionVariables: conditionVariables) { entry in
            if entry.passedGuards[conditions] == nil, entry.passedGuards.count >= variantsPerDocument { return }
            entry.passedGuards[conditions] = passed
        }
    }

    /// Changes the document's entry, making it first (and dropping the oldest documents to make
    /// room) when there is none.
    private func update(_ key: DocumentKey, conditionVariables: [String], _ change: (inout Entry) -> Void) {
        guard capacity > 0 else { return }
        state.withLock { state in
            if var entry = state.entries[key] {
                change(&entry)
                state.entries[key] = entry
                return
            }
            let size = key.text.utf8.count
            guard size <= byteBudget / 4 else { return }
            while !state.order.isEmpty, state.order.count >= capacity || state.bytes + size > byteBudget {
                let oldest = state.order.removeFirst()
                state.entries[oldest] = nil
                state.bytes -= oldest.text.utf8.count
            }
            var entry = Entry(conditionVariables: conditionVariables)
            change(&entry)
            state.entries[key] = entry
            state.order.append(key)
            state.bytes += size
        }
    }
}
