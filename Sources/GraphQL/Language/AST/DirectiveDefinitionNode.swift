/// `directive @name(arguments) repeatable on LOCATION | LOCATION`.
package struct DirectiveDefinitionNode: Sendable, Hashable {
    package var description: StringValueNode?
    package var name: Name
    package var arguments: [InputValueDefinitionNode]
    package var isRepeatable: Bool
    package var locations: [Name]
    package var location: Location

    package init(
        description: StringValueNode? = nil,
        name: Name,
        arguments: [InputValueDefinitionNode] = [],
        isRepeatable: Bool = false,
        locations: [Name],
        location: Location = .synthetic
    ) {
        self.description = description
        self.name = name
        self.arguments = arguments
        self.isRepeatable = isRepeatable
        self.locations = locations
        self.location = location
    }
}
