/// Fragments Must Be Used: every fragment is reached from some operation, directly or through
/// other fragments.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used
package struct NoUnusedFragmentsRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { .leaveDocument }

    package func leaveDocument(_ document: Document, context: inout ValidationContext) {
        var used: Set<String> = []
        for case .operation(let operation) in document.definitions {
            for fragment in context.recursivelyReferencedFragments(of: operation) {
                used.insert(fragment.name.value)
            }
        }
        for case .fragment(let fragment) in document.definitions where !used.contains(fragment.name.value) {
            context.report("Fragment \"\(fragment.name.value)\" is never used.", at: [fragment.location])
        }
    }
}
