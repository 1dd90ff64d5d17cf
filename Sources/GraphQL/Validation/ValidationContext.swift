/// Everything a ``ValidationRule`` sees while the document is walked: the schema and document,
/// the ``TypeInfo`` of the current position, whole-document facts computed once on demand, and
/// the errors reported so far.
package struct ValidationContext {
    package let schema: Schema
    package let document: Document
    package let source: Source

    /// The schema's view of the current position, kept by the walker.
    package internal(set) var typeInfo = TypeInfo()
    /// Where the directives being walked are applied (`FIELD`, `QUERY`, …); nil outside
    /// directive lists.
    package internal(set) var directiveLocation: DirectiveLocation?
    /// The errors reported so far, in the order reported.
    package private(set) var errors: [GraphQLError] = []
    /// Set once ``maxErrors`` errors are reported: the walk stops and later reports are dropped.
    package private(set) var isAborted = false

    let maxErrors: Int
    private let fragmentsByName: [String: FragmentDefinition]
    private var spreadCache: [String: [FragmentSpread]] = [:]
    private var fragmentUsageCache: [String: [VariableUsage]] = [:]
    /// The usages of the operation being walked; reset by the walker at each operation.
    var currentOperationUsages: [VariableUsage]?
    private var lineStarts: [Int]?

    package init(schema: Schema, document: Document, source: Source, maxErrors: Int = 100) {
        self.schema = schema
        self.document = document
        self.source = source
        self.maxErrors = maxErrors
        var fragments: [String: FragmentDefinition] = [:]
        for case .fragment(let fragment) in document.definitions {
            // As in graphql-js, a later definition of a name hides an earlier one; the duplicate
            // is UniqueFragmentNamesRule's to report.
            fragments[fragment.name.value] = fragment
        }
        self.fragmentsByName = fragments
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

    // MARK: - Fragments

    /// The fragment definition named `name` (the last one, when the name is defined twice).
    package func fragment(named name: String) -> FragmentDefinition? {
        fragmentsByName[name]
    }

    /// The fragment spreads of a selection set at any depth, not following spreads, in
    /// graphql-js's order.
    package func fragmentSpreads(of selectionSet: SelectionSet) -> [FragmentSpread] {
        var spreads: [FragmentSpread] = []
        var setsToVisit = [selectionSet]
        while let set = setsToVisit.popLast() {
            for selection in set.selections {
                switch selection {
                case .fragmentSpread(let spread): spreads.append(spread)
                case .field(let field): if let inner = field.selectionSet { setsToVisit.append(inner) }
                case .inlineFragment(let inline): setsToVisit.append(inline.selectionSet)
                }
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
                guard collected.insert(name).inserted, let fragment = fragmentsByName[name] else { continue }
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

    /// The variables used by the fragment named `name`, with the types expected where they are
    /// used; computed once per fragment.
    package mutating func variableUsages(of fragment: FragmentDefinition) -> [VariableUsage] {
        if let cached = fragmentUsageCache[fragment.name.value] { return cached }
        var collector = VariableUsageCollector(schema: schema)
        collector.collect(fragment)
        fragmentUsageCache[fragment.name.value] = collector.usages
        return collector.usages
    }

    /// The variables used by an operation and by every fragment it reaches, the operation's own
    /// first (graphql-js's `getRecursiveVariableUsages`).
    package mutating func recursiveVariableUsages(of operation: OperationDefinition) -> [VariableUsage] {
        var collector = VariableUsageCollector(schema: schema)
        collector.collect(operation)
        var usages = collector.usages
        for fragment in recursivelyReferencedFragments(of: operation) {
            usages.append(contentsOf: variableUsages(of: fragment))
        }
        return usages
    }

    /// ``recursiveVariableUsages(of:)`` of the operation being walked, computed once however
    /// many rules ask. Call it only from an operation's callbacks or those of its descendants.
    package mutating func currentOperationVariableUsages(_ operation: OperationDefinition) -> [VariableUsage] {
        if let cached = currentOperationUsages { return cached }
        let usages = recursiveVariableUsages(of: operation)
        currentOperationUsages = usages
        return usages
    }
}
