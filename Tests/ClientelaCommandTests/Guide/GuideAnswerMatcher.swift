import Foundation
import GraphQL

/// Compares an answer the README shows with the one the server gave, where only what differs
/// from run to run may differ.
///
/// Ids, refids, cursors and tokens are matched one to one over the whole guide: the README's
/// value stands for the run's value from its first appearance on, so an id shown by one step must
/// come back as the same id in every later step (and a README id can be used in a later
/// `CLIENT=…` line). Times need only be times. Everything else, key order included, must be equal.
struct GuideAnswerMatcher {
    /// README value → this run's value.
    private(set) var bindings: [String: String] = [:]
    private var taken: [String: String] = [:]

    // Regexes are not Sendable, so no static stored regex: each use builds its own.
    private static var uuid: Regex<Substring> { /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/ }
    private static var refid: Regex<Substring> { /[A-Z]{1,8}-[0-9A-HJKMNP-TV-Z]{10}/ }
    private static var token: Regex<Substring> { /clt_[0-9a-f]{8}_[A-Za-z0-9_-]{43}/ }
    private static var time: Regex<(Substring, Substring?)> { /[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z/ }
    private static let cursorKeys: Set<String> = ["endCursor", "startCursor"]

    /// This run's value for a README value some answer already bound.
    func actual(for readmeValue: String) -> String? {
        bindings[readmeValue]
    }

    /// The differences between `expected` and `actual`, one line each, with their paths; binds
    /// the volatile values it meets.
    mutating func differences(expected: Value, actual: Value, path: String = "", key: String? = nil) -> [String] {
        let at = path.isEmpty ? "(root)" : path
        switch (expected, actual) {
        case (.object(let e), .object(let a)):
            guard e.keys == a.keys else { return ["\(at): keys \(e.keys) in the README, \(a.keys) in the answer"] }
            return e.entries.indices.flatMap { index in
                let entry = e.entries[index]
                return differences(expected: entry.value, actual: a.entries[index].value, path: path + "." + entry.key, key: entry.key)
            }
        case (.list(let e), .list(let a)):
            guard e.count == a.count else { return ["\(at): \(e.count) items in the README, \(a.count) in the answer"] }
            return e.indices.flatMap { differences(expected: e[$0], actual: a[$0], path: path + "[\($0)]", key: key) }
        case (.string(let e), .string(let a)):
            return matches(e, a, key: key) ? [] : ["\(at): \(JSONWriter.quoted(e)) in the README, \(JSONWriter.quoted(a)) in the answer"]
        default:
            return expected == actual ? [] : ["\(at): \(JSONWriter.text(of: expected)) in the README, \(JSONWriter.text(of: actual)) in the answer"]
        }
    }

    private mutating func matches(_ expected: String, _ actual: String, key: String?) -> Bool {
        let volatile = expected.wholeMatch(of: Self.uuid) != nil || expected.wholeMatch(of: Self.refid) != nil
            || expected.wholeMatch(of: Self.token) != nil || key.map(Self.cursorKeys.contains) == true
        if volatile { return bind(expected, actual) }
        if expected.wholeMatch(of: Self.time) != nil { return actual.wholeMatch(of: Self.time) != nil }
        // A message may quote a value bound earlier (a refid in DUPLICATE_EMAIL's, say).
        var expected = expected
        for (readme, run) in bindings where expected.contains(readme) {
            expected = expected.replacingOccurrences(of: readme, with: run)
        }
        return expected == actual
    }

    private mutating func bind(_ expected: String, _ actual: String) -> Bool {
        if let bound = bindings[expected] { return bound == actual }
        guard taken[actual] == nil else { return false }
        bindings[expected] = actual
        taken[actual] = expected
        return true
    }
}
