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
/// that of response names, interned once per name: a 10 KB document of fragment spreads then
/// validates without building a single field map. What it learns about each fragment (its
/// fields and the fragments it spreads) is kept for the whole document.
struct ConflictFreeCheck {
    /// One field as the check needs it: enough to tell two fields with one response name apart.
    private struct Entry {
        /// The response name, interned (see ``responseNameIDs``).
        var responseName: Int32
        /// The type the field is selected on (a number of the ``SchemaIndex``), -1 when unknown.
        var parentType: Int32
        var hasSelectionSet: Bool
        var fieldName: String
        var arguments: [Argument]
    }

    /// The fields of a fragment's own selection set (inline fragments flattened) and the
    /// ordinals of the fragments it spreads there.
    private struct FragmentFields {
        var entries: [Entry]
        var spreads: [Int32]
    }

    /// Past this many fields reached from one selection set, the check gives up and leaves the
    /// selection set to the finder, so that fragments fanning out at every level cannot make
    /// the check cost more than it saves.
    static let entryLimit = 5_000

    private var responseNameIDs: [String: Int32] = [:]
    /// By fragment ordinal (``ValidationContext/fragmentOrdinal(named:)``); nil until needed.
    private var fragments: [FragmentFields?] = []
    /// The fields of the selection set being checked.
    private var own: [Entry] = []
    /// For each response name, the check in which it was last seen and where: the index of the
    /// field in ``own`` (`source == -1`) or in the entries of the fragment of ordinal `source`.
    private var seenCheck: [UInt32] = []
    private var seenSource: [Int32] = []
    private var seenIndex: [Int32] = []
    /// For each fragment ordinal, the check in which it was last reached.
    private var reachedCheck: [UInt32] = []
    /// Numbers the checks, so that the tables above need no clearing between them.
    private var check: UInt32 = 0
    private var pending: [Int32] = []

    /// Whether no two fields of `selectionSet`, with the fragments it reaches, can conflict.
    ///
    /// - Parameters:
    ///   - selectionSet: The selection set being walked.
    ///   - parentType: The number of the type it selects on, -1 when unknown.
    ///   - context: The validation context, for the fragments and the schema index.
    /// - Returns: True when the finder would certainly find nothing; false when it must look.
    mutating func isConflictFree(_ selectionSet: SelectionSet, parentType: Int32, context: ValidationContext) -> Bool {
        check &+= 1
        if check == 0 {
            // After 2^32 checks the numbers come round again: start the tables afresh.
            seenCheck = Array(repeating: 0, count: seenCheck.count)
            reachedCheck = Array(repeating: 0, count: reachedCheck.count)
            check = 1
        }
        if reachedCheck.count < context.fragmentOrdinalCount {
            reachedCheck = Array(repeating: 0, count: context.fragmentOrdinalCount)
            fragments = Array(repeating: nil, count: context.fragmentOrdinalCount)
        }
        // Filled through locals: `collect` also changes `self` (interning names).
        var own: [Entry] = []
        var pending: [Int32] = []
        swap(&own, &self.own)
        swap(&pending, &self.pending)
        own.removeAll(keepingCapacity: true)
        pending.removeAll(keepingCapacity: true)
        collect(selectionSet, parentType: parentType, into: &own, spreads: &pending, context: context)
        self.own = own
        defer { self.pending = pending }
        for index in own.indices where !see(own[index].responseName, source: -1, index: index) {
            return false
        }
        var reached = own.count
        while let ordinal = pending.popLast() {
            guard reachedCheck[Int(ordinal)] != check else { continue }
            reachedCheck[Int(ordinal)] = check
            let fields = fragmentFields(ordinal, context: context)
            reached += fields.entries.count
            if reached > Self.entryLimit { return false }
            for index in fields.entries.indices where !see(fields.entries[index].responseName, source: ordinal, index: index) {
                return false
            }
            pending.append(contentsOf: fields.spreads)
        }
        return true
    }

    /// Notes a field's response name; false when an earlier field of the current check has the
    /// same name and the two could conflict.
    private mutating func see(_ responseName: Int32, source: Int32, index: Int) -> Bool {
        let name = Int(responseName)
        guard seenCheck[name] == check else {
            seenCheck[name] = check
            seenSource[name] = source
            seenIndex[name] = Int32(index)
            return true
        }
        return Self.areSameLeaf(entry(source: seenSource[name], index: Int(seenIndex[name])), entry(source: source, index: index))
    }

    private func entry(source: Int32, index: Int) -> Entry {
        source < 0 ? own[index] : fragments[Int(source)]!.entries[index]
    }

    /// Whether two fields with one response name are the same leaf field on the same type, which
    /// the finder would find no conflict between: same name, same type, equivalent arguments.
    private static func areSameLeaf(_ first: Entry, _ second: Entry) -> Bool {
        !first.hasSelectionSet && !second.hasSelectionSet
            && first.parentType == second.parentType
            && first.fieldName == second.fieldName
            && first.arguments.isEquivalent(to: second.arguments)
    }

    /// The fields of the fragment of ordinal `ordinal`, gathered on first use.
    private mutating func fragmentFields(_ ordinal: Int32, context: ValidationContext) -> FragmentFields {
        if let known = fragments[Int(ordinal)] { return known }
        var fields = FragmentFields(entries: [], spreads: [])
        if let fragment = context.fragment(ordinal: ordinal) {
            let typeCondition = context.index.typeID(named: fragment.typeCondition.name.value)
            collect(fragment.selectionSet, parentType: typeCondition, into: &fields.entries, spreads: &fields.spreads, context: context)
        }
        fragments[Int(ordinal)] = fields
        return fields
    }

    /// Adds the fields of a selection set, inline fragments flattened, and the ordinals of the
    /// fragments it spreads (unknown fragments bring nothing in, as in the finder).
    private mutating func collect(
        _ selectionSet: SelectionSet,
        parentType: Int32,
        into entries: inout [Entry],
        spreads: inout [Int32],
        context: ValidationContext
    ) {
        let selections = selectionSet.selections
        for position in selections.indices {
            switch selections[position] {
            case .field(let field):
                entries.append(Entry(
                    responseName: intern(field.alias?.value ?? field.name.value),
                    parentType: parentType,
                    hasSelectionSet: field.selectionSet != nil,
                    fieldName: field.name.value,
                    arguments: field.arguments
                ))
            case .fragmentSpread(let spread):
                let ordinal = context.fragmentOrdinal(named: spread.name.value)
                if ordinal >= 0 { spreads.append(ordinal) }
            case .inlineFragment(let fragment):
                let type = fragment.typeCondition.map { context.index.typeID(named: $0.name.value) } ?? parentType
                collect(fragment.selectionSet, parentType: type, into: &entries, spreads: &spreads, context: context)
            }
        }
    }

    /// The number of a response name, the same for every occurrence in the document.
    private mutating func intern(_ responseName: String) -> Int32 {
        if let id = responseNameIDs[responseName] { return id }
        let id = Int32(responseNameIDs.count)
        responseNameIDs[responseName] = id
        seenCheck.append(0)
        seenSource.append(-1)
        seenIndex.append(-1)
        return id
    }
}
