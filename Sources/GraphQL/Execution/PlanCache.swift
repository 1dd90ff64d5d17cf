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
        var plans: [[Value?]: OperationPlan]
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
        guard capacity > 0 else { return }
        state.withLock { state in
            if var entry = state.entries[key] {
                let current = entry.plans[conditions]
                guard current === previous else { return }
                if current == nil, entry.plans.count >= variantsPerDocument { return }
                entry.plans[conditions] = plan
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
            state.entries[key] = Entry(conditionVariables: conditionVariables, plans: [conditions: plan])
            state.order.append(key)
            state.bytes += size
        }
    }
}
