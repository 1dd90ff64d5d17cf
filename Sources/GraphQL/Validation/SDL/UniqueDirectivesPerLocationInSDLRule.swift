/// A directive that is not `repeatable` is applied at most once per place, counting a type's
/// definition and all its extensions as one place.
///
/// The SDL counterpart of graphql-js's UniqueDirectivesPerLocationRule.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-Per-Location
package struct UniqueDirectivesPerLocationInSDLRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        var first: [String: [String: SDLLocation]] = [:]
        for usage in context.directiveUsages {
            for directive in usage.directives {
                let name = directive.node.name.value
                guard let definition = context.schema.directive(named: name), !definition.isRepeatable else { continue }
                let here = directive.at(directive.node.location)
                if let earlier = first[usage.group]?[name] {
                    context.report("The directive \"@\(name)\" can only be used once at this location.", at: [earlier, here])
                } else {
                    first[usage.group, default: [:]][name] = here
                }
            }
        }
    }
}
