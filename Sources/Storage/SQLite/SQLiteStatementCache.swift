/// A connection's prepared statements by SQL text, so that a repository's statements are parsed
/// and planned once and reused; the least recently used one goes when the cache is full.
struct SQLiteStatementCache {
    private var entries: [String: (statement: SQLiteStatement, lastUse: UInt64)] = [:]
    private var clock: UInt64 = 0
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
    }

    var count: Int { entries.count }

    mutating func statement(for text: String) -> SQLiteStatement? {
        guard let entry = entries[text] else { return nil }
        clock += 1
        entries[text] = (entry.statement, clock)
        return entry.statement
    }

    mutating func insert(_ statement: SQLiteStatement) {
        if entries.count >= capacity, let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse }) {
            entries[oldest.key] = nil
        }
        clock += 1
        entries[statement.text] = (statement, clock)
    }

    /// Drops a statement after it failed, so a broken one is prepared afresh next time.
    mutating func evict(_ text: String) {
        entries[text] = nil
    }

    mutating func removeAll() {
        entries = [:]
    }
}
