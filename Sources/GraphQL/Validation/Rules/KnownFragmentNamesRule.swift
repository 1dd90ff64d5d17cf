/// Fragment Spread Target Defined: every spread names a fragment of the document.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Fragment-Spread-Target-Defined
package struct KnownFragmentNamesRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { .enterFragmentSpread }

    package func enterFragmentSpread(_ spread: FragmentSpread, context: inout ValidationContext) {
        if context.fragment(named: spread.name.value) == nil {
            context.report("Unknown fragment \"\(spread.name.value)\".", at: [spread.name.location])
        }
    }
}
