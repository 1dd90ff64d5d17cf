/// Every plan made so far for one operation of one document under one outcome of its
/// `@skip`/`@include` conditions: what a request to run the same operation again starts from,
/// instead of collecting fields anew.
///
/// Plans depend on the document, the schema and the directive conditions only; arguments that
/// hold variables are coerced by each request. A request that meets a runtime type no earlier
/// request met (an interface or union resolving to a new object type) plans it itself and, at
/// the end, offers a larger ``OperationPlan`` back to the cache: the lineage grows, nothing in it
/// is ever mutated, so concurrent requests share it without locks.
final class OperationPlan: Sendable {
    let rootGroup: SelectionGroup
    /// Every object plan made so far, by index: an index never changes along the lineage, so a
    /// request that finds all its plans here copies no table and looks nothing up by name; the
    /// result tree names its objects' plans by the same indices.
    let objectPlans: [ObjectPlan]
    /// Where each selection group's plans are in ``objectPlans``, by the group's id (so the next
    /// free group id is its count).
    let groupPlans: [GroupPlans]

    init(rootGroup: SelectionGroup, objectPlans: [ObjectPlan], groupPlans: [GroupPlans]) {
        self.rootGroup = rootGroup
        self.objectPlans = objectPlans
        self.groupPlans = groupPlans
    }

    /// The variables whose values decide `@skip` and `@include` anywhere in the document, in a
    /// stable order: their values, with the document, identify a plan.
    static func conditionVariables(of document: Document) -> [String] {
        var names: Set<String> = []
        func visit(_ directives: [Directive]) {
            for directive in directives where directive.name.value == "skip" || directive.name.value == "include" {
                for argument in directive.arguments {
                    if case .variable(let name) = argument.value.kind { names.insert(name) }
                }
            }
        }
        func visit(_ selectionSet: SelectionSet) {
            for selection in selectionSet.selections {
                visit(selection.directives)
                switch selection {
                case .field(let field): if let nested = field.selectionSet { visit(nested) }
                case .fragmentSpread: break
                case .inlineFragment(let inline): visit(inline.selectionSet)
                }
            }
        }
        for definition in document.definitions {
            switch definition {
            case .operation(let operation): visit(operation.selectionSet)
            case .fragment(let fragment): visit(fragment.selectionSet)
            default: break
            }
        }
        return names.sorted()
    }
}
