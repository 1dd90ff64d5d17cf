internal import Synchronization

/// The documents an engine has parsed and validated, by their text, so that a document sent again
/// (the usual case: an application sends the same few queries over and over) skips both steps,
/// with the execution plans of its operations (``DocumentPlans``).
///
/// Only documents that passed validation are kept: their outcome depends on the text and the
/// schema alone, and the schema never changes under an engine. A document that fails is parsed
/// again each time, so a client sending garbage cannot fill the cache with error lists. Bounded
/// like ``PlanCache``: beyond ``capacity`` documents or ``byteBudget`` bytes of text the oldest
/// entry is dropped.
final class DocumentCache: Sendable {
    struct Entry: Sendable {
        let source: Source
        let document: Document
        let plans: DocumentPlans
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var order: [String] = []
        var bytes = 0
    }

    let capacity: Int
    let byteBudget = 4 << 20
    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = capacity
    }

    func entry(for text: String) -> Entry? {
        guard capacity > 0 else { return nil }
        return state.withLock { $0.entries[text] }
    }

    /// Keeps a document that parsed and validated, and returns the store of its plans: a new
    /// one, or the one of the entry another request made first; nil when the document is not
    /// kept (the cache is off, or the text too large for it).
    func store(source: Source, document: Document) -> DocumentPlans? {
        let size = source.bytes.count
        guard capacity > 0, size <= byteBudget / 4 else { return nil }
        return state.withLock { state in
            if let existing = state.entries[source.text] { return existing.plans }
            while !state.order.isEmpty, state.order.count >= capacity || state.bytes + size > byteBudget {
                let oldest = state.order.removeFirst()
                state.bytes -= state.entries.removeValue(forKey: oldest)?.source.bytes.count ?? 0
            }
            let entry = Entry(source: source, document: document, plans: DocumentPlans())
            state.entries[source.text] = entry
            state.order.append(source.text)
            state.bytes += size
            return entry.plans
        }
    }
}
