/// Which rules of a list implement each ``ValidationEvents`` event: what the walker reads at
/// every node to call only the rules that asked for it.
///
/// Made once per list of rules; the one for ``SpecifiedRules/all``, the list every request is
/// validated with, is made once per process (see ``ValidationDispatch/forRules(_:)``).
struct ValidationDispatch: Sendable {
    /// The indices of the rules that implement each event, event after event (by bit position),
    /// in one flat array so that a dispatch reads integers and retains nothing.
    let table: [Int]
    /// Where each event's rules start in ``table``; one more entry than there are events.
    let bounds: [Int]

    /// The dispatch of ``SpecifiedRules/all``.
    static let specified = ValidationDispatch(SpecifiedRules.all)

    /// The dispatch for `rules`: ``specified`` when `rules` is ``SpecifiedRules/all`` itself (the
    /// same storage, as a default argument passes it), else one made for them.
    static func forRules(_ rules: [any ValidationRule]) -> ValidationDispatch {
        let isSpecified = rules.withUnsafeBufferPointer { given in
            SpecifiedRules.all.withUnsafeBufferPointer { given.baseAddress == $0.baseAddress && given.count == $0.count }
        }
        return isSpecified ? specified : ValidationDispatch(rules)
    }

    init(_ rules: [any ValidationRule]) {
        // Each rule's events are read once, then a counting pass sizes each event's run of the
        // flat table.
        let events = rules.map(\.events.rawValue)
        var bounds = [Int](repeating: 0, count: ValidationEvents.count + 1)
        for bit in 0..<ValidationEvents.count {
            var count = 0
            for mask in events where mask & (1 << UInt32(bit)) != 0 { count += 1 }
            bounds[bit + 1] = bounds[bit] + count
        }
        var table = [Int](repeating: 0, count: bounds[ValidationEvents.count])
        var next = bounds
        for (index, mask) in events.enumerated() {
            var remaining = mask
            while remaining != 0 {
                let bit = remaining.trailingZeroBitCount
                remaining &= remaining - 1
                table[next[bit]] = index
                next[bit] += 1
            }
        }
        self.table = table
        self.bounds = bounds
    }
}
