/// `schema @directives { query: Query mutation: Mutation }`, or its `extend schema` form.
package struct SchemaDefinitionNode: Sendable, Hashable {
    package var description: StringValueNode?
    package var directives: [Directive]
    package var operationTypes: [OperationTypeDefinitionNode]
    package var location: Location

    package init(
        description: StringValueNode? = nil,
        directives: [Directive] = [],
        operationTypes: [OperationTypeDefinitionNode],
        location: Location = .synthetic
    ) {
        self.description = description
        self.directives = directives
        self.operationTypes = operationTypes
        self.location = location
    }
}

/// `query: Query` inside a schema definition.
package struct OperationTypeDefinitionNode: Sendable, Hashable {
    package var operation: OperationType
    package var type: NamedTypeNode
    package var location: Location

    package init(operation: OperationType, type: NamedTypeNode, location: Location = .synthetic) {
        self.operation = operation
        self.type = type
        self.location = location
    }
}
