/// Directives Are Unique Per Location: a directive that is not `repeatable` is applied at most
/// once to the same node.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-Per-Location
package struct UniqueDirectivesPerLocationRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents {
        [.enterOperation, .enterVariableDefinition, .enterFragment, .enterField, .enterFragmentSpread, .enterInlineFragment]
    }

    package func enterOperation(_ operation: OperationDefinition, context: inout ValidationContext) {
        check(operation.directives, context: &context)
    }

    package func enterVariableDefinition(_ definition: VariableDefinition, context: inout ValidationContext) {
        check(definition.directives, context: &context)
    }

    package func enterFragment(_ fragment: FragmentDefinition, context: inout ValidationContext) {
        check(fragment.directives, context: &context)
    }

    package func enterField(_ field: Field, context: inout ValidationContext) {
        check(field.directives, context: &context)
    }

    package func enterFragmentSpread(_ spread: FragmentSpread, context: inout ValidationContext) {
        check(spread.directives, context: &context)
    }

    package func enterInlineFragment(_ fragment: InlineFragment, context: inout ValidationContext) {
        check(fragment.directives, context: &context)
    }

    private func check(_ directives: [Directive], context: inout ValidationContext) {
        guard directives.count > 1 else { return }
        var seen: [String: Location] = [:]
        for directive in directives {
            let name = directive.name.value
            // Unknown directives are KnownDirectivesRule's; repeatable ones may repeat.
            let id = context.index.directiveID(named: name)
            guard id >= 0, !context.index.directives[Int(id)].definition.isRepeatable else { continue }
            if let first = seen[name] {
                context.report("The directive \"@\(name)\" can only be used once at this location.", at: [first, directive.location])
            } else {
                seen[name] = directive.location
            }
        }
    }
}
