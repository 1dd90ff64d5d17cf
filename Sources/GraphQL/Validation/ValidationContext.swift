/// Everything a ``ValidationRule`` sees while the document is walked: the schema and document,
/// the ``TypeInfo`` of the current position, whole-document facts computed once on demand, and
/// the errors reported so far.
package struct ValidationContext {
    /// The schema, read through the index: a stored copy would cost a retain of each of its
    /// tables per validation, and more to release them.
    package var schema: Schema { index.schema }
    /// The schema's numbered form, which ``typeInfo`` and the variable usages are computed with.
    package let index: SchemaIndex
    package let document: Document
    package let source: Source

    /// The schema's view of the current position, kept by the walker.
    package internal(set) var typeInfo: TypeInfo
    /// Where the directives being walked are applied (`FIELD`, `QUERY`, …); nil outside
    /// directive lists.
    package internal(set) var directiveLocation: DirectiveLocation?
    /// The errors reported so far, in the order reported.
    package private(set) var errors: [GraphQLError] = []
    /// Set once ``maxErrors`` errors are reported: the walk stops and later reports are dropped.
    package private(set) var isAborted = false

    let maxErrors: Int
    /// The ordinal of each fragment name: read at every spread, so kept apart from the
    /// definitions, in a table that hashes names cheaply.
    private let fragmentOrdinals: NameTable
    /// The number of distinct fragment names; each has an ordinal below it, which the
    /// per-fragment caches are indexed by.
    private let fragmentCount: Int
    /// The number of fragment definitions, more than ``fragmentCount`` when a name is reused.
    package let fragmentDefinitionCount: Int
    /// Where each fragment is defined among the document's definitions (the last definition,
    /// when a name is defined more than once), by ordinal.
    private let fragmentPositions: [Int]
    private var spreadCache: [String: [FragmentSpread]] = [:]
    private var fragmentUsageCache: [[VariableUsage]?]
    /// The usages of the operation being walked, fragments included, in graphql-js's order;
    /// reset at each operation.
    private var currentOperationUsages: [VariableUsage]?
    /// The same usages in the order ``unorderedUsages()`` finds them, and for each the variable
    /// definition it refers to; reset at each operation.
    private var currentOperationUnorderedUsages: [VariableUsage]?
    private var currentOperationUsageDefinitions: [Int32]?
    /// ``fragmentSpreadsFormACycle()``, once asked.
    private var fragmentCycle: Bool?
    /// Whether the document's text has a `$` (see ``unorderedUsages()``); nil until asked.
    private var documentMayUseVariables: Bool?
    /// The usages of the definition being walked, recorded by the walker as it meets them so that
    /// no second walk is needed to find them.
    var recordedUsages: [VariableUsage] = []
    /// The names of the fragments spread by the definition being walked, at any depth, recorded
    /// by the walker.
    var recordedSpreads: [Int32] = []
    /// The names spread by each fragment, at any depth: recorded by the walker, or found by a
    /// walk of the fragment when asked for before the walker reached it.
    private var spreadCacheByOrdinal: [[Int32]?]
    /// The type condition of each fragment, by ordinal.
    private let fragmentTypeConditions: [String]
    /// During ``ValidationRule/enterFragmentSpread(_:context:)``, the ordinal of the fragment
    /// spread (see ``fragmentOrdinal(named:)``), -1 when the document has no such fragment.
    package internal(set) var spreadFragmentOrdinal: Int32 = -1
    /// Whether the walker records usages: not inside variable definitions, whose directives are
    /// not the operation's usages.
    var isRecordingUsages = false
    private var lineStarts: [Int]?

    package init(index: SchemaIndex, document: Document, source: Source, maxErrors: Int = 100) {
        self.index = index
        self.typeInfo = TypeInfo(index: index)
        self.document = document
        self.source = source
        self.maxErrors = maxErrors
        var fragmentDefinitions = 0
        for case .fragment in document.definitions { fragmentDefinitions += 1 }
        var ordinals = NameTable(capacity: fragmentDefinitions)
        var definitionCount = 0
        var positions: [Int] = []
        var names: [String] = []
        var conditions: [String] = []
        for (position, definition) in document.definitions.enumerated() {
            // As in graphql-js, a later definition of a name hides an earlier one; the duplicate
            // is UniqueFragmentNamesRule's to report.
            guard case .fragment(let fragment) = definition else { continue }
            definitionCount += 1
            if let ordinal = ordinals.value(of: fragment.name.value) {
                positions[Int(ordinal)] = position
                conditions[Int(ordinal)] = fragment.typeCondition.name.value
            } else {
                ordinals.set(fragment.name.value, to: Int32(names.count))
                positions.append(position)
                names.append(fragment.name.value)
                conditions.append(fragment.typeCondition.name.value)
            }
        }
        self.fragmentOrdinals = ordinals
        self.fragmentCount = names.count
        self.fragmentDefinitionCount = definitionCount
        self.fragmentPositions = positions
        self.fragmentUsageCache = Array(repeating: nil, count: names.count)
        self.spreadCacheByOrdinal = Array(repeating: nil, count: names.count)
        self.fragmentTypeConditions = conditions
    }

    // MARK: - Reporting

    /// Records an error at the start of each location, with the validation error code.
    ///
    /// Past ``maxErrors`` errors, records one last "Too many validation errors" error, as
    /// graphql-js does, and aborts the walk.
    package mutating func report(_ message: String, at locations: [Location]) {
        guard !isAborted else { return }
        if errors.count >= maxErrors {
            errors.append(GraphQLError("Too many validation errors, error limit reached. Validation aborted.", code: .validationFailed))
            isAborted = true
            return
        }
        var sourceLocations: [SourceLocation] = []
        sourceLocations.reserveCapacity(locations.count)
        for location in locations {
            sourceLocations.append(sourceLocation(of: location))
        }
        errors.append(GraphQLError(message, locations: sourceLocations, code: .validationFailed))
    }

    /// The line and column of a location's start, with a line table built on the first error.
    package mutating func sourceLocation(of location: Location) -> SourceLocation {
        if lineStarts == nil { lineStarts = Self.lineStarts(of: source.bytes) }
        let starts = lineStarts ?? [0]
        let offset = min(max(location.start, 0), source.bytes.count)
        // The last line start at or before the offset.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let column = utf16Length(from: starts[low], to: offset) + 1
        return SourceLocation(line: low + 1, column: column)
    }

    private func utf16Length(from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        let bytes = source.bytes
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 { count += 1; index += 1 }
            else if byte >= 0xF0 { count += 2; index += 4 }
            else if byte >= 0xE0 { count += 1; index += 3 }
            else if byte >= 0xC0 { count += 1; index += 2 }
            else { index += 1 }
        }
        return count
    }

    /// Offsets at which lines start: after `\n`, after `\r` not followed by `\n`, after `\r\n`.
    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                starts.append(index + 1)
            } else if byte == UInt8(ascii: "\r") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        return starts
    }

    // MARK: - Types

    /// The kind of the type named `name`, nil when the schema has no such type; a lookup that
    /// copies nothing.
    package func typeKind(named name: String) -> TypeKind? {
        let id = index.typeID(named: name)
        return id >= 0 ? index.types[Int(id)].kind : nil
    }

    // MARK: - Fragments

    /// The fragment definition named `name` (the last one, when the name is defined twice).
    package func fragment(named name: String) -> FragmentDefinition? {
        let ordinal = fragmentOrdinal(named: name)
        return ordinal >= 0 ? fragment(ordinal: ordinal) : nil
    }

    /// The fragment definition of ordinal `ordinal` (see ``fragmentOrdinal(named:)``).
    func fragment(ordinal: Int32) -> FragmentDefinition? {
        guard case .fragment(let fragment) = document.definitions[fragmentPositions[Int(ordinal)]] else { return nil }
        return fragment
    }

    /// Whether the document defines a fragment named `name`, without copying it.
    package func hasFragment(named name: String) -> Bool {
        fragmentOrdinal(named: name) >= 0
    }

    /// The type condition of the fragment named `name`, without copying the fragment.
    package func typeCondition(ofFragmentNamed name: String) -> String? {
        let ordinal = fragmentOrdinal(named: name)
        return ordinal >= 0 ? fragmentTypeConditions[Int(ordinal)] : nil
    }

    /// The ordinal of the fragment named `name`, -1 when the document defines none: a number
    /// below ``fragmentOrdinalCount`` that rules may index their own per-fragment arrays with.
    package func fragmentOrdinal(named name: String) -> Int32 {
        fragmentOrdinals.value(of: name) ?? -1
    }

    /// The number of distinct fragment names of the document.
    package var fragmentOrdinalCount: Int { fragmentCount }

    /// The type condition of the fragment of ordinal `ordinal`.
    package func typeCondition(ofFragment ordinal: Int32) -> String {
        fragmentTypeConditions[Int(ordinal)]
    }

    /// Whether `fragment` is the definition that its name refers to (the last of that name).
    func isEffectiveDefinition(_ fragment: FragmentDefinition, at position: Int) -> Bool {
        let ordinal = fragmentOrdinal(named: fragment.name.value)
        return ordinal >= 0 && fragmentPositions[Int(ordinal)] == position
    }

    /// The fragment spreads of a selection set at any depth, not following spreads, in
    /// graphql-js's order.
    package func fragmentSpreads(of selectionSet: SelectionSet) -> [FragmentSpread] {
        var spreads: [FragmentSpread] = []
        var setsToVisit = [selectionSet]
        while let set = setsToVisit.popLast() {
            let selections = set.selections
            for position in selections.indices {
                // Read out first, appended after: appending while the payload is bound would
                // copy the whole selection.
                var spread: FragmentSpread?
                var inner: SelectionSet?
                switch selections[position] {
                case .fragmentSpread(let node): spread = node
                case .field(let field): inner = field.selectionSet
                case .inlineFragment(let inline): inner = inline.selectionSet
                }
                if let spread { spreads.append(spread) }
                if let inner { setsToVisit.append(inner) }
            }
        }
        return spreads
    }

    /// The spreads of the fragment named `name`, computed once per fragment.
    private mutating func fragmentSpreads(ofFragmentNamed name: String, _ fragment: FragmentDefinition) -> [FragmentSpread] {
        if let cached = spreadCache[name] { return cached }
        let spreads = fragmentSpreads(of: fragment.selectionSet)
        spreadCache[name] = spreads
        return spreads
    }

    /// Every fragment that a selection set reaches through spreads, directly or through other
    /// fragments, each once, in graphql-js's order. Spreads of unknown fragments are skipped.
    package mutating func recursivelyReferencedFragments(of selectionSet: SelectionSet) -> [FragmentDefinition] {
        var fragments: [FragmentDefinition] = []
        var collected: Set<String> = []
        var spreadsToVisit = [fragmentSpreads(of: selectionSet)]
        while let spreads = spreadsToVisit.popLast() {
            for spread in spreads {
                let name = spread.name.value
                guard collected.insert(name).inserted, let fragment = fragment(named: name) else { continue }
                fragments.append(fragment)
                spreadsToVisit.append(fragmentSpreads(ofFragmentNamed: name, fragment))
            }
        }
        return fragments
    }

    /// Every fragment that an operation reaches.
    package mutating func recursivelyReferencedFragments(of operation: OperationDefinition) -> [FragmentDefinition] {
        recursivelyReferencedFragments(of: operation.selectionSet)
    }

    // MARK: - Variable usages

    /// The variables used by a fragment (the definition its name refers to), with the types
    /// expected where they are used; computed once per fragment.
    ///
    /// The walker records the usages of each fragment it has walked; a fragment not walked yet
    /// (defined after the operation that spreads it) is walked here, unless a quick look finds
    /// no variable in it, which is the common case.
    package mutating func variableUsages(of fragment: FragmentDefinition) -> [VariableUsage] {
        let ordinal = fragmentOrdinal(named: fragment.name.value)
        if ordinal >= 0, let cached = fragmentUsageCache[Int(ordinal)] { return cached }
        var usages: [VariableUsage] = []
        if mayUseVariables(fragment) {
            var collector = VariableUsageCollector(index: index)
            collector.collect(fragment)
            usages = collector.usages
        }
        if ordinal >= 0 { fragmentUsageCache[Int(ordinal)] = usages }
        return usages
    }

    /// Whether a fragment may use variables: false when its text has no `$`, since every
    /// variable is written with one; that is a scan of its bytes, much cheaper than a walk of its
    /// nodes. A fragment whose location is not in the source (built in code) is walked.
    private func mayUseVariables(_ fragment: FragmentDefinition) -> Bool {
        mayUseVariables(in: fragment.location, orWalking: fragment)
    }

    /// Whether the text at `location` has a `$`; true when the location is not in the source
    /// (a node built in code), unless `fragment` is given, whose nodes are then walked instead.
    private func mayUseVariables(in location: Location, orWalking fragment: FragmentDefinition?) -> Bool {
        let range = location.start..<location.end
        let bytes = source.bytes
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= bytes.count else {
            guard let fragment else { return true }
            return VariableUsageCollector.mayUseVariables(fragment.directives, fragment.selectionSet)
        }
        return bytes.withUnsafeBytes { Self.containsDollar(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }

    /// Whether `bytes` has a `$`, looked for eight bytes at a time.
    private static func containsDollar(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let dollars: UInt64 = 0x2424_2424_2424_2424
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var offset = 0
        while offset + 8 <= bytes.count {
            // A byte of the word equal to `$` becomes zero; the classic test finds a zero byte.
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ dollars
            if (word &- ones) & ~word & highs != 0 { return true }
            offset += 8
        }
        while offset < bytes.count {
            if bytes[offset] == UInt8(ascii: "$") { return true }
            offset += 1
        }
        return false
    }

    /// Forgets what was computed about the usages of the last operation.
    mutating func resetOperationUsages() {
        currentOperationUsages = nil
        currentOperationUnorderedUsages = nil
        currentOperationUsageDefinitions = nil
    }

    /// Keeps the usages and spreads the walker recorded for a fragment, unless known already.
    mutating func storeRecorded(ofFragmentNamed name: String) {
        let ordinal = Int(fragmentOrdinal(named: name))
        guard ordinal >= 0 else { return }
        if fragmentUsageCache[ordinal] == nil { fragmentUsageCache[ordinal] = recordedUsages }
        if spreadCacheByOrdinal[ordinal] == nil { spreadCacheByOrdinal[ordinal] = recordedSpreads }
    }

    /// The ordinals of the fragments spread by the fragment of ordinal `ordinal`, at any depth.
    private mutating func spreadOrdinals(ofFragment ordinal: Int32) -> [Int32] {
        if let cached = spreadCacheByOrdinal[Int(ordinal)] { return cached }
        var ordinals: [Int32] = []
        if case .fragment(let fragment) = document.definitions[fragmentPositions[Int(ordinal)]] {
            spreadOrdinals(in: fragment.selectionSet, into: &ordinals)
        }
        spreadCacheByOrdinal[Int(ordinal)] = ordinals
        return ordinals
    }

    /// Adds the ordinals of the fragments spread in a selection set at any depth (unknown
    /// fragments left out), without gathering the spread nodes themselves.
    private func spreadOrdinals(in selectionSet: SelectionSet, into ordinals: inout [Int32]) {
        let selections = selectionSet.selections
        for position in selections.indices {
            // Read out first, looked up after: a call made while the payload is bound would
            // copy the whole selection.
            var name: String?
            var inner: SelectionSet?
            switch selections[position] {
            case .fragmentSpread(let spread): name = spread.name.value
            case .field(let field): inner = field.selectionSet
            case .inlineFragment(let inline): inner = inline.selectionSet
            }
            if let name {
                let ordinal = fragmentOrdinal(named: name)
                if ordinal >= 0 { ordinals.append(ordinal) }
            } else if let inner {
                spreadOrdinals(in: inner, into: &ordinals)
            }
        }
    }

    /// Whether some fragment of the document reaches itself through its spreads (the
    /// definitions that names refer to, spreads of unknown fragments aside): a search over the
    /// fragments' numbers, made once per document, whose spreads are found once and kept for
    /// the variable rules too.
    package mutating func fragmentSpreadsFormACycle() -> Bool {
        if let known = fragmentCycle { return known }
        let found = searchFragmentCycle()
        fragmentCycle = found
        return found
    }

    private mutating func searchFragmentCycle() -> Bool {
        // 0: not visited, 1: on the current path, 2: done.
        var state = Array(repeating: UInt8(0), count: fragmentCount)
        var stack: [(ordinal: Int32, spreads: [Int32], next: Int)] = []
        for root in 0..<Int32(fragmentCount) where state[Int(root)] == 0 {
            state[Int(root)] = 1
            stack.append((root, spreadOrdinals(ofFragment: root), 0))
            while !stack.isEmpty {
                let top = stack.count - 1
                guard stack[top].next < stack[top].spreads.count else {
                    state[Int(stack[top].ordinal)] = 2
                    stack.removeLast()
                    continue
                }
                let target = stack[top].spreads[stack[top].next]
                stack[top].next += 1
                switch state[Int(target)] {
                case 1: return true
                case 0:
                    state[Int(target)] = 1
                    stack.append((target, spreadOrdinals(ofFragment: target), 0))
                default: break
                }
            }
        }
        return false
    }

    /// The usages of the fragment of ordinal `ordinal`.
    private mutating func variableUsages(ofFragment ordinal: Int32) -> [VariableUsage] {
        if let cached = fragmentUsageCache[Int(ordinal)] { return cached }
        guard let fragment = fragment(ordinal: ordinal) else { return [] }
        return variableUsages(of: fragment)
    }

    /// The variables used by an operation and by every fragment it reaches, the operation's own
    /// first (graphql-js's `getRecursiveVariableUsages`).
    package mutating func recursiveVariableUsages(of operation: OperationDefinition) -> [VariableUsage] {
        var collector = VariableUsageCollector(index: index)
        collector.collect(operation)
        var usages = collector.usages
        for fragment in recursivelyReferencedFragments(of: operation) {
            usages.append(contentsOf: variableUsages(of: fragment))
        }
        return usages
    }

    /// ``recursiveVariableUsages(of:)`` of the operation being walked, computed once however
    /// many rules ask, from the usages the walker recorded in it. Call it only from
    /// ``ValidationRule/leaveOperation(_:context:)``, when the operation has been walked.
    ///
    /// The order of the fragments' usages is graphql-js's; it matters (to the order of errors)
    /// only when two or more of the fragments reached use variables, and only then is it worked
    /// out, with a pass over the operation. Otherwise the fragments reached are found from the
    /// spreads the walker recorded.
    package mutating func currentOperationVariableUsages(_ operation: OperationDefinition) -> [VariableUsage] {
        if let cached = currentOperationUsages { return cached }
        // Sets the ordered usages too when they are the same.
        _ = currentOperationVariableUsagesInAnyOrder()
        if let cached = currentOperationUsages { return cached }
        var usages = recordedUsages
        for fragment in recursivelyReferencedFragments(of: operation) {
            usages.append(contentsOf: variableUsages(of: fragment))
        }
        currentOperationUsages = usages
        return usages
    }

    /// The same usages as ``currentOperationVariableUsages(_:)``, but with those of the
    /// fragments in no promised order: enough for a rule that only reports when something is
    /// wrong, which can then ask for the ordered list. Cheaper when several fragments use
    /// variables, and computed once per operation however many rules ask.
    package mutating func currentOperationVariableUsagesInAnyOrder() -> [VariableUsage] {
        if let cached = currentOperationUnorderedUsages { return cached }
        let (usages, fragmentsWithUsages) = unorderedUsages()
        currentOperationUnorderedUsages = usages
        // With one fragment using variables or none, this is graphql-js's order too.
        if fragmentsWithUsages <= 1 { currentOperationUsages = usages }
        return usages
    }

    /// For each usage of ``currentOperationVariableUsagesInAnyOrder()``, at the same position,
    /// the position among `operation`'s variable definitions of the variable used (the last
    /// definition of its name), -1 for a variable the operation does not define.
    ///
    /// The three variable rules need this match; made once per operation, it spares each of
    /// them a table of names. Call it only from ``ValidationRule/leaveOperation(_:context:)``.
    package mutating func currentOperationUsageDefinitions(_ operation: OperationDefinition) -> [Int32] {
        if let cached = currentOperationUsageDefinitions { return cached }
        let usages = currentOperationVariableUsagesInAnyOrder()
        let definitions = operation.variableDefinitions
        var matches: [Int32] = []
        matches.reserveCapacity(usages.count)
        if definitions.count <= 8 {
            // A few names: comparing them costs less than hashing.
            for usage in usages {
                var match: Int32 = -1
                for position in definitions.indices.reversed() where definitions[position].variable.value == usage.name {
                    match = Int32(position)
                    break
                }
                matches.append(match)
            }
        } else {
            var positions = NameTable(capacity: definitions.count)
            for position in definitions.indices {
                positions.set(definitions[position].variable.value, to: Int32(position))
            }
            for usage in usages {
                matches.append(positions.value(of: usage.name) ?? -1)
            }
        }
        currentOperationUsageDefinitions = matches
        return matches
    }

    /// The operation's own usages, then those of the fragments it reaches in the order found
    /// from the recorded spreads; and how many of those fragments use variables (with one or
    /// none, the order is graphql-js's).
    private mutating func unorderedUsages() -> ([VariableUsage], Int) {
        var usages = recordedUsages
        guard !recordedSpreads.isEmpty else { return (usages, 0) }
        // A document without a `$` uses no variable in any fragment: none need be looked at.
        if documentMayUseVariables == nil { documentMayUseVariables = mayUseVariables(in: document.location, orWalking: nil) }
        guard documentMayUseVariables == true else { return (usages, 0) }
        var reached = Array(repeating: false, count: fragmentCount)
        var pending = recordedSpreads
        var fragmentsWithUsages = 0
        while let ordinal = pending.popLast() {
            guard !reached[Int(ordinal)] else { continue }
            reached[Int(ordinal)] = true
            let fragmentUsages = variableUsages(ofFragment: ordinal)
            if !fragmentUsages.isEmpty {
                fragmentsWithUsages += 1
                usages.append(contentsOf: fragmentUsages)
            }
            pending.append(contentsOf: spreadOrdinals(ofFragment: ordinal))
        }
        return (usages, fragmentsWithUsages)
    }
}
