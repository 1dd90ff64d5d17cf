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
    /// A plan's place: the selection group and the runtime object type.
    struct Key: Hashable, Sendable {
        let group: Int
        let typeName: String
    }

    let rootGroup: SelectionGroup
    let plans: [Key: ObjectPlan]
    /// The next free ids, so that groups and fields made later stay unique and dense.
    let nextGroupID: Int
    let nextFieldID: Int
    /// The response keys of all the plans, and the bytes of their JSON text: what a request
    /// reusing the plans reserves in its result tree at once, rather than growing it plan by plan.
    let keyCount: Int
    let keyBytes: Int

    init(rootGroup: SelectionGroup, plans: [Key: ObjectPlan], nextGroupID: Int, nextFieldID: Int) {
        self.rootGroup = rootGroup
        self.plans = plans
        self.nextGroupID = nextGroupID
        self.nextFieldID = nextFieldID
        self.keyCount = plans.values.reduce(0) { $0 + $1.keys.count }
        self.keyBytes = plans.values.reduce(0) { $0 + $1.keyText.count }
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
