/// The variables used by each operation, its fragments included, with the types expected where
/// they are used: computed once per operation and shared by the three variable rules.
extension ValidationContext {
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
