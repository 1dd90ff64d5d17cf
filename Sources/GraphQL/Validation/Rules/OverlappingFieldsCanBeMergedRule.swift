/// Field Selection Merging: fields that share a response name must be mergeable into one entry
/// of the response.
///
/// Under parents that may be the same object they must select the same field with the same
/// arguments, and whatever the parents their types must give the same response shape; the
/// same goes, recursively, for their sub-selections and the fragments spread in them. The work
/// is done by ``FieldConflictFinder``, one per document, so that what it learns about each
/// selection set and each pair of fragments serves every selection set checked after.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
struct OverlappingFieldsCanBeMergedRule: ValidationRule {
    var events: ValidationEvents { [.enterDocument, .enterSelectionSet] }

    /// See ``FieldConflictFinder/init(schema:fragments:mergeCheckThreshold:)``.
    private let mergeCheckThreshold: Int
    private var finder: FieldConflictFinder?

    init(mergeCheckThreshold: Int = FieldConflictFinder.defaultMergeCheckThreshold) {
        self.mergeCheckThreshold = mergeCheckThreshold
    }

    mutating func enterDocument(_ document: Document, context: inout ValidationContext) {
        var fragments: [String: FragmentDefinition] = [:]
        for fragment in document.fragments {
            // The last definition of a name wins, as in ValidationContext/fragment(named:).
            fragments[fragment.name.value] = fragment
        }
        finder = FieldConflictFinder(schema: context.schema, fragments: fragments, mergeCheckThreshold: mergeCheckThreshold)
    }

    mutating func enterSelectionSet(_ selectionSet: SelectionSet, context: inout ValidationContext) {
        guard var finder else { return }
        self.finder = nil  // keep the finder's caches uniquely referenced while it works
        let conflicts = finder.conflicts(within: selectionSet, parentType: context.typeInfo.parentType)
        self.finder = finder
        for conflict in conflicts {
            context.report(conflict.message, at: conflict.locations)
        }
    }
}
