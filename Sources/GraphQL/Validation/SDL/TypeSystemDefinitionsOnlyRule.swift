/// SDL files hold only type-system definitions: an operation or fragment in one is a mistake
/// (a query pasted into a schema file), not something to ignore.
///
/// The type-system counterpart of graphql-js's ExecutableDefinitionsRule, worded like it.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#TypeSystemDocument
package struct TypeSystemDefinitionsOnlyRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for definition in context.allDefinitions {
            let name: String
            switch definition.node {
            case .operation(let operation):
                name = operation.name?.value ?? operation.operation.rawValue
            case .fragment(let fragment):
                name = fragment.name.value
            default:
                continue
            }
            context.report(
                "The \"\(name)\" definition is not a type-system definition: SDL may only define the schema, types and directives.",
                at: [definition.at(definition.node.location)])
        }
    }
}
