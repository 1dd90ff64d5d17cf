/// Executable Definitions: a document submitted for execution holds only operations and
/// fragments; each type-system definition or extension in it is an error.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Executable-Definitions
package struct ExecutableDefinitionsRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { .enterDocument }

    package func enterDocument(_ document: Document, context: inout ValidationContext) {
        for definition in document.definitions where !definition.isExecutable {
            let name: String
            switch definition {
            case .schema, .schemaExtension: name = "schema"
            case .type(let node), .typeExtension(let node): name = "\"\(node.name.value)\""
            case .directive(let node): name = "\"\(node.name.value)\""
            case .operation, .fragment: continue
            }
            context.report("The \(name) definition is not executable.", at: [definition.location])
        }
    }
}
