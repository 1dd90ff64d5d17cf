/// Directives Are Defined and Directives Are In Valid Locations: every directive is known to
/// the schema and allowed where it is applied.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Directives-Are-Defined
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Directives-Are-In-Valid-Locations
package struct KnownDirectivesRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { .enterDirective }

    package func enterDirective(_ directive: Directive, context: inout ValidationContext) {
        let name = directive.name.value
        let id = context.typeInfo.directiveID
        guard id >= 0 else {
            context.report("Unknown directive \"@\(name)\".", at: [directive.location])
            return
        }
        // Read in the schema index: copying the definition at every directive costs more.
        if let location = context.directiveLocation, !context.index.directives[Int(id)].definition.locations.contains(location) {
            context.report("Directive \"@\(name)\" may not be used on \(location.rawValue).", at: [directive.location])
        }
    }
}
