/// Single Root Field: a subscription selects exactly one root field, which is not an
/// introspection field, and uses no `@skip` or `@include` at its top level (whether a root
/// field is selected must not depend on variables).
///
/// The root selection is collected with fragments expanded, as CollectSubscriptionFields does;
/// messages are graphql-js's.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Single-Root-Field
package struct SingleFieldSubscriptionsRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { .enterOperation }

    package func enterOperation(_ operation: OperationDefinition, context: inout ValidationContext) {
        guard operation.operation == .subscription, context.schema.subscriptionType != nil else { return }
        var collection = RootFieldCollection()
        collection.collect(operation.selectionSet, context: context)
        let subject = operation.name.map { "Subscription \"\($0.value)\"" } ?? "Anonymous Subscription"
        if !collection.conditionalDirectives.isEmpty {
            context.report(
                "\(subject) must not use `@skip` or `@include` directives in the top level selection.",
                at: collection.conditionalDirectives
            )
            return
        }
        if collection.order.count > 1 {
            let extra = collection.order.dropFirst().flatMap { collection.fields[$0] ?? [] }.map(\.location)
            context.report("\(subject) must select only one top level field.", at: extra)
        }
        for key in collection.order {
            guard let fields = collection.fields[key], let first = fields.first, first.name.value.hasPrefix("__") else { continue }
            context.report("\(subject) must not select an introspection top level field.", at: fields.map(\.location))
        }
    }

    /// The root fields grouped by response key, in order, and the `@skip`/`@include` found on
    /// the way.
    private struct RootFieldCollection {
        var order: [String] = []
        var fields: [String: [Field]] = [:]
        var conditionalDirectives: [Location] = []
        var visitedFragments: Set<String> = []

        mutating func collect(_ selectionSet: SelectionSet, context: ValidationContext) {
            for selection in selectionSet.selections {
                for directive in selection.directives where directive.name.value == "skip" || directive.name.value == "include" {
                    conditionalDirectives.append(directive.location)
                }
                switch selection {
                case .field(let field):
                    let key = field.responseKey
                    if fields[key] == nil { order.append(key) }
                    fields[key, default: []].append(field)
                case .inlineFragment(let fragment):
                    collect(fragment.selectionSet, context: context)
                case .fragmentSpread(let spread):
                    guard visitedFragments.insert(spread.name.value).inserted,
                          let fragment = context.fragment(named: spread.name.value) else { continue }
                    collect(fragment.selectionSet, context: context)
                }
            }
        }
    }
}
