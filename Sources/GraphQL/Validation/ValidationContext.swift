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
    let fragmentOrdinals: NameTable
    /// The number of distinct fragment names; each has an ordinal below it, which the
    /// per-fragment caches are indexed by.
    let fragmentCount: Int
    /// The number of fragment definitions, more than ``fragmentCount`` when a name is reused.
    package let fragmentDefinitionCount: Int
    /// Where each fragment is defined among the document's definitions (the last definition,
    /// when a name is defined more than once), by ordinal.
    let fragmentPositions: [Int]
    var spreadCache: [String: [FragmentSpread]] = [:]
    var fragmentUsageCache: [[VariableUsage]?]
    /// The usages of the operation being walked, fragments included, in graphql-js's order;
    /// reset at each operation.
    var currentOperationUsages: [VariableUsage]?
    /// The same usages in the order ``unorderedUsages()`` finds them, and for each the variable
    /// definition it refers to; reset at each operation.
    var currentOperationUnorderedUsages: [VariableUsage]?
    var currentOperationUsageDefinitions: [Int32]?
    /// ``fragmentSpreadsFormACycle()``, once asked.
    var fragmentCycle: Bool?
    /// Whether the document's text has a `$` (see ``unorderedUsages()``); nil until asked.
    var documentMayUseVariables: Bool?
    /// The usages of the definition being walked, recorded by the walker as it meets them so that
    /// no second walk is needed to find them.
    var recordedUsages: [VariableUsage] = []
    /// The names of the fragments spread by the definition being walked, at any depth, recorded
    /// by the walker.
    var recordedSpreads: [Int32] = []
    /// The names spread by each fragment, at any depth: recorded by the walker, or found by a
    /// walk of the fragment when asked for before the walker reached it.
    var spreadCacheByOrdinal: [[Int32]?]
    /// The type condition of each fragment, by ordinal.
    let fragmentTypeConditions: [String]
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
}
