/// A schema has at most one `schema { … }` definition, across every module; the others extend
/// it with `extend schema`.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Schema
package struct LoneSchemaDefinitionRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for definition in context.definitions.schemaDefinitions.dropFirst() {
            context.report("Must provide only one schema definition.", at: [definition.at(definition.node.location)])
        }
    }
}
