/// Proves, before any field map is built, that a selection set cannot hold a field conflict: the
/// check ``OverlappingFieldsCanBeMergedRule`` makes at every selection set, so that
/// ``FieldConflictFinder`` runs only where two fields might really disagree.
///
/// Every comparison the finder makes for one selection set is between two fields with the same
/// response name, taken from the selection set itself (inline fragments flattened) or from a
/// named fragment it reaches, directly or through other fragments (each fragment counting once:
/// the finder never compares a fragment with itself). So when every response name of all those
/// fields appears once, nothing can conflict. A name that appears again is still harmless when
/// both fields are the same leaf on the same parent type: same field, equivalent arguments, no
/// sub-selection; those never conflict either, and real documents repeat `id` that way. Anything
/// else (two fields with sub-selections, or on different parent types) goes to the finder,
/// which then reports exactly what it always did.
///
/// Most selection sets pass, and the check costs one pass over the fields with no hashing but
/// that of response names (a cheap hash, each field's computed once): a 10 KB document of
/// fragment spreads then validates without building a single field map. What it learns about
/// each fragment (its fields and the fragments it spreads) is kept for the whole document.
struct ConflictFreeCheck {
    /// One field as the check needs it: enough to tell two fields with one response name apart.
    private struct Entry {
        /// ``NameTable/hash(_:seed:)`` of the response name.
        var hash: UInt64
        var responseName: String
        /// The type the field is selected on (a number of the ``SchemaIndex``), -1 when unknown.
        var parentType: Int32
        var hasSelectionSet: Bool
        var fieldName: String
        var arguments: [Argument]
    }

    /// Past this many fields reached from one selection set, the check gives up and leaves the
    /// selection set to the finder, so that fragments fanning out at every level cannot make
    /// the check cost more than it saves.
    static let entryLimit = 5_000
    /// The most fields that a selection set without fragments has for its names to be compared
    /// pair by pair rather than hashed.
    static let pairwiseLimit = 16
    /// The most slots one lookup of a response name probes. Past it the check gives up: names
    /// chosen to collide leave the selection set to the finder rather than slow the check down.
    static let probeLimit = 64

    private let seed = NameTable.processSeed
    /// The fields of every fragment gathered so far, fragment after fragment, and the ordinals
    /// of the fragments each spreads.
    private var fragmentEntries: [Entry] = []
    private var fragmentSpreads: [Int32] = []
    /// By fragment ordinal (``ValidationContext/fragmentOrdinal(named:)``): where its fields and
    /// spreads are in ``fragmentEntries`` and ``fragmentSpreads``; nil until gathered.
    private var fragmentRanges: [(entries: Range<Int>, spreads: Range<Int>)?] = []
    /// The fields of the selection set being checked, and the fragments still to reach.
    private var own: [Entry] = []
    private var pending: [Int32] = []
    /// The response names of the selection set being checked, when compared pair by pair.
    private var names: [String] = []
    /// The response names seen in the current check, by open addressing on their hash: the
    /// check that filled each slot, the hash, and the first field with the name (an index
    /// into ``fragmentEntries``, or `-1 - i` for field `i` of ``own``).
    private var slotCheck: [UInt32] = []
    private var slotHash: [UInt64] = []
    private var slotField: [Int32] = []
    /// The fields entered in the slots in the current check, to move them when the slots grow.
    private var slotted: [Int32] = []
    /// For each fragment ordinal, the check in which it was last reached.
    private var reachedCheck: [UInt32] = []
    /// Numbers the checks, so that the tables above need no clearing between them.
    private var check: UInt32 = 0

    /// Whether no two fields of `selectionSet`, with the fragments it reaches, can conflict.
    ///
    /// - Parameters:
    ///   - selectionSet: The selection set being walked.
    ///   - parentType: The number of the type it selects on, -1 when unknown.
    ///   - context: The validation context, for the fragments and the schema index.
    /// - Returns: True when the finder would certainly find nothing; false when it must look.
    mutating func isConflictFree(_ selectionSet: SelectionSet, parentType: Int32, context: ValidationContext) -> Bool {
        if let distinct = hasFewDistinctFieldsOnly(selectionSet) { return distinct }
        startCheck(fragmentCount: context.fragmentOrdinalCount)
        // Filled through locals: `collect` also changes `self`.
        var own: [Entry] = []
        var pending: [Int32] = []
        swap(&own, &self.own)
        swap(&pending, &self.pending)
        own.removeAll(keepingCapacity: true)
        pending.removeAll(keepingCapacity: true)
        collect(selectionSet, parentType: parentType, into: &own, spreads: &pending, context: context)
        self.own = own
        defer { self.pending = pending }
        // Room for the own fields at once, rather than a move at each doubling.
        while own.count * 2 > slotCheck.count { growSlots() }
        for index in own.indices where !see(-1 - Int32(index)) {
            return false
        }
        var reached = own.count
        while let ordinal = pending.popLast() {
            guard reachedCheck[Int(ordinal)] != check else { continue }
            reachedCheck[Int(ordinal)] = check
            let (entries, spreads) = fragmentRange(ordinal, context: context)
            reached += entries.count
            if reached > Self.entryLimit { return false }
            for index in entries where !see(Int32(index)) {
                return false
            }
            for spread in spreads {
                pending.append(fragmentSpreads[spread])
            }
        }
        return true
    }

    /// For a selection set of at most ``pairwiseLimit`` fields and nothing else, whether their
    /// response names are distinct, found by comparing them pair by pair: the commonest
    /// selection set, for which that costs less than hashing. Nil for any other selection set.
    private mutating func hasFewDistinctFieldsOnly(_ selectionSet: SelectionSet) -> Bool? {
        let selections = selectionSet.selections
        guard selections.count <= Self.pairwiseLimit else { return nil }
        names.removeAll(keepingCapacity: true)
        // Room for them all at once, rather than a reallocation at each doubling.
        if names.capacity < Self.pairwiseLimit { names.reserveCapacity(Self.pairwiseLimit) }
        for position in selections.indices {
            let name: String
            switch selections[position] {
            case .field(let field): name = field.alias?.value ?? field.name.value
            default: return nil
            }
            names.append(name)
        }
        for position in names.indices {
            let length = names[position].utf8.count
            for earlier in 0..<position where names[earlier].utf8.count == length && names[earlier] == names[position] {
                // Repeated names may still be harmless: the full check tells.
                return nil
            }
        }
        return true
    }

    /// Moves to the next check, clearing the tables only when the check numbers come round.
    private mutating func startCheck(fragmentCount: Int) {
        check &+= 1
        if check == 0 {
            slotCheck = Array(repeating: 0, count: slotCheck.count)
            reachedCheck = Array(repeating: 0, count: reachedCheck.count)
            check = 1
        }
        if reachedCheck.count < fragmentCount {
            reachedCheck = Array(repeating: 0, count: fragmentCount)
            fragmentRanges = Array(repeating: nil, count: fragmentCount)
        }
        slotted.removeAll(keepingCapacity: true)
    }

    private func entry(_ field: Int32) -> Entry {
        field < 0 ? own[Int(-1 - field)] : fragmentEntries[Int(field)]
    }

    /// Notes a field's response name; false when an earlier field of the current check has the
    /// same name and the two could conflict, or when the name probed too far to tell.
    private mutating func see(_ field: Int32) -> Bool {
        if (slotted.count + 1) * 2 > slotCheck.count { growSlots() }
        let hash = field < 0 ? own[Int(-1 - field)].hash : fragmentEntries[Int(field)].hash
        let mask = slotCheck.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        var probes = 0
        while slotCheck[slot] == check {
            if slotHash[slot] == hash {
                let first = entry(slotField[slot])
                let second = entry(field)
                if first.responseName == second.responseName { return Self.areSameLeaf(first, second) }
            }
            probes += 1
            if probes > Self.probeLimit { return false }
            slot = (slot + 1) & mask
        }
        slotCheck[slot] = check
        slotHash[slot] = hash
        slotField[slot] = field
        slotted.append(field)
        return true
    }

    /// Doubles the slots (makes the first 64), moving in the fields of the current check.
    private mutating func growSlots() {
        let count = max(slotCheck.count * 2, 64)
        slotCheck = Array(repeating: 0, count: count)
        slotHash = Array(repeating: 0, count: count)
        slotField = Array(repeating: 0, count: count)
        let mask = count - 1
        for field in slotted {
            let hash = entry(field).hash
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slotCheck[slot] == check { slot = (slot + 1) & mask }
            slotCheck[slot] = check
            slotHash[slot] = hash
            slotField[slot] = field
        }
    }

    /// Whether two fields with one response name are the same leaf field on the same type, which
    /// the finder would find no conflict between: same name, same type, equivalent arguments.
    private static func areSameLeaf(_ first: Entry, _ second: Entry) -> Bool {
        !first.hasSelectionSet && !second.hasSelectionSet
            && first.parentType == second.parentType
            && first.fieldName == second.fieldName
            && first.arguments.isEquivalent(to: second.arguments)
    }

    /// Where the fields and spreads of the fragment of ordinal `ordinal` are, gathered on first use.
    private mutating func fragmentRange(_ ordinal: Int32, context: ValidationContext) -> (entries: Range<Int>, spreads: Range<Int>) {
        if let known = fragmentRanges[Int(ordinal)] { return known }
        var entries: [Entry] = []
        var spreads: [Int32] = []
        swap(&entries, &fragmentEntries)
        swap(&spreads, &fragmentSpreads)
        let entryStart = entries.count
        let spreadStart = spreads.count
        if let fragment = context.fragment(ordinal: ordinal) {
            let typeCondition = context.index.typeID(named: fragment.typeCondition.name.value)
            collect(fragment.selectionSet, parentType: typeCondition, into: &entries, spreads: &spreads, context: context)
        }
        let ranges = (entries: entryStart..<entries.count, spreads: spreadStart..<spreads.count)
        swap(&entries, &fragmentEntries)
        swap(&spreads, &fragmentSpreads)
        fragmentRanges[Int(ordinal)] = ranges
        return ranges
    }

    /// Adds the fields of a selection set, inline fragments flattened, and the ordinals of the
    /// fragments it spreads (unknown fragments bring nothing in, as in the finder).
    private func collect(
        _ selectionSet: SelectionSet,
        parentType: Int32,
        into entries: inout [Entry],
        spreads: inout [Int32],
        context: ValidationContext
    ) {
        let selections = selectionSet.selections
        for position in selections.indices {
            // What is needed is read out of the selection first, and looked up and added after:
            // a call made while the selection's payload is bound makes the compiler copy the
            // whole selection first.
            var field: (responseName: String, name: String, arguments: [Argument], hasSelectionSet: Bool)?
            var spreadName: String?
            var inline: (typeCondition: String?, selectionSet: SelectionSet)?
            switch selections[position] {
            case .field(let node):
                field = (node.alias?.value ?? node.name.value, node.name.value, node.arguments, node.selectionSet != nil)
            case .fragmentSpread(let spread):
                spreadName = spread.name.value
            case .inlineFragment(let fragment):
                inline = (fragment.typeCondition?.name.value, fragment.selectionSet)
            }
            if let field {
                entries.append(Entry(
                    hash: NameTable.hash(field.responseName, seed: seed),
                    responseName: field.responseName,
                    parentType: parentType,
                    hasSelectionSet: field.hasSelectionSet,
                    fieldName: field.name,
                    arguments: field.arguments
                ))
            } else if let spreadName {
                let ordinal = context.fragmentOrdinal(named: spreadName)
                if ordinal >= 0 { spreads.append(ordinal) }
            } else if let inline {
                let type = inline.typeCondition.map { context.index.typeID(named: $0) } ?? parentType
                collect(inline.selectionSet, parentType: type, into: &entries, spreads: &spreads, context: context)
            }
        }
    }
}
