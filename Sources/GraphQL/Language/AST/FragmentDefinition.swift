/// `fragment Name on Type @directives { selections }`.
package struct FragmentDefinition: Sendable, Hashable {
    package var description: StringValueNode?
    package var name: Name
    package var typeCondition: NamedTypeNode
    package var directives: [Directive]
    package var selectionSet: SelectionSet
    package var location: Location

    package init(
        description: StringValueNode? = nil,
        name: Name,
        typeCondition: NamedTypeNode,
        directives: [Directive] = [],
        selectionSet: SelectionSet,
        location: Location = .synthetic
    ) {
        self.description = description
        self.name = name
        self.typeCondition = typeCondition
        self.directives = directives
        self.selectionSet = selectionSet
        self.location = location
    }
}
