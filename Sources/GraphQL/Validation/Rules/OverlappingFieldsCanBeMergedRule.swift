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
package struct OverlappingFieldsCanBeMergedRule: ValidationRule {
    package var events: ValidationEvents { .enterSelectionSet }

    /// See ``FieldConflictFinder/init(schema:fragments:mergeCheckThreshold:)``.
    private let mergeCheckThreshold: Int
    /// What the rule keeps while one document is walked, in a one-element array made at the
    /// first selection set: so held, the rule is two words, which the walker stores inline,
    /// rather than a heap box of some thirty words copied and freed at every validation.
    private var state: [State] = []

    private struct State {
        /// Clears most selection sets before the finder is asked (see ``ConflictFreeCheck``).
        var conflictFreeCheck = ConflictFreeCheck()
        /// Made the first time a selection set fails ``conflictFreeCheck``: most documents
        /// never need one.
        var finder: FieldConflictFinder?
    }

    /// - Parameter mergeCheckThreshold: See ``FieldConflictFinder/init(schema:fragments:mergeCheckThreshold:)``;
    ///   nil (the finder's default) suits every use but the tests that force the whole-group check.
    package init(mergeCheckThreshold: Int? = nil) {
        self.mergeCheckThreshold = mergeCheckThreshold ?? FieldConflictFinder.defaultMergeCheckThreshold
    }

    package mutating func enterSelectionSet(_ selectionSet: SelectionSet, context: inout ValidationContext) {
        if state.isEmpty { state = [State()] }
        if state[0].conflictFreeCheck.isConflictFree(selectionSet, parentType: context.typeInfo.parentTypeID, context: context) { return }
        var finder = state[0].finder ?? Self.makeFinder(context.document, context.schema, mergeCheckThreshold)
        state[0].finder = nil  // keep the finder's caches uniquely referenced while it works
        let wasExhausted = finder.isExhausted
        // One more than the context takes: that one makes it report the error limit.
        let wanted = context.maxErrors - context.errors.count + 1
        let conflicts = finder.conflicts(within: selectionSet, parentType: context.typeInfo.parentType, limit: wanted)
        state[0].finder = finder
        for conflict in conflicts {
            context.report(conflict.message, at: conflict.locations)
        }
        if finder.isExhausted && !wasExhausted {
            // Better to refuse the document than to let conflicting fields through unchecked.
            context.report(
                "Too many overlapping fields to check that they can be merged, comparison limit reached. Use different aliases on the fields.",
                at: [selectionSet.location]
            )
        }
    }

    private static func makeFinder(_ document: Document, _ schema: Schema, _ mergeCheckThreshold: Int) -> FieldConflictFinder {
        var fragments: [String: FragmentDefinition] = [:]
        for fragment in document.fragments {
            // The last definition of a name wins, as in ValidationContext/fragment(named:).
            fragments[fragment.name.value] = fragment
        }
        return FieldConflictFinder(schema: schema, fragments: fragments, mergeCheckThreshold: mergeCheckThreshold)
    }
}
