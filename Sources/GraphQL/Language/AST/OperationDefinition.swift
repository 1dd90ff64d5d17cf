/// `query`, `mutation` or `subscription`.
package enum OperationType: String, Sendable, Hashable, CaseIterable {
    case query, mutation, subscription
}

/// An operation, named or anonymous; `{ a }` is a query written in shorthand.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Language.Operations
package struct OperationDefinition: Sendable, Hashable {
    package var description: StringValueNode?
    package var operation: OperationType
    package var name: Name?
    package var variableDefinitions: [VariableDefinition]
    package var directives: [Directive]
    package var selectionSet: SelectionSet
    package var location: Location

    package init(
        description: StringValueNode? = nil,
        operation: OperationType,
        name: Name? = nil,
        variableDefinitions: [VariableDefinition] = [],
        directives: [Directive] = [],
        selectionSet: SelectionSet,
        location: Location = .synthetic
    ) {
        self.description = description
        self.operation = operation
        self.name = name
        self.variableDefinitions = variableDefinitions
        self.directives = directives
        self.selectionSet = selectionSet
        self.location = location
    }
}

/// `$name: Type = default @directives`.
package struct VariableDefinition: Sendable, Hashable {
    package var description: StringValueNode?
    /// The variable's name without the `$`; its location spans the `$` too.
    package var variable: Name
    package var type: TypeNode
    package var defaultValue: ValueNode?
    package var directives: [Directive]
    package var location: Location

    package init(
        description: StringValueNode? = nil,
        variable: Name,
        type: TypeNode,
        defaultValue: ValueNode? = nil,
        directives: [Directive] = [],
        location: Location = .synthetic
    ) {
        self.description = description
        self.variable = variable
        self.type = type
        self.defaultValue = defaultValue
        self.directives = directives
        self.location = location
    }
}
