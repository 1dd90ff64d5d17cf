/// `{ selection* }`.
package struct SelectionSet: Sendable, Hashable {
    package var selections: [Selection]
    package var location: Location

    package init(selections: [Selection], location: Location = .synthetic) {
        self.selections = selections
        self.location = location
    }
}

/// One entry of a selection set.
package enum Selection: Sendable, Hashable {
    case field(Field)
    case fragmentSpread(FragmentSpread)
    case inlineFragment(InlineFragment)

    package var location: Location {
        switch self {
        case .field(let node): node.location
        case .fragmentSpread(let node): node.location
        case .inlineFragment(let node): node.location
        }
    }

    package var directives: [Directive] {
        switch self {
        case .field(let node): node.directives
        case .fragmentSpread(let node): node.directives
        case .inlineFragment(let node): node.directives
        }
    }
}

/// `alias: name(arguments) @directives { selections }`.
package struct Field: Sendable, Hashable {
    package var alias: Name?
    package var name: Name
    package var arguments: [Argument]
    package var directives: [Directive]
    package var selectionSet: SelectionSet?
    package var location: Location

    package init(
        alias: Name? = nil,
        name: Name,
        arguments: [Argument] = [],
        directives: [Directive] = [],
        selectionSet: SelectionSet? = nil,
        location: Location = .synthetic
    ) {
        self.alias = alias
        self.name = name
        self.arguments = arguments
        self.directives = directives
        self.selectionSet = selectionSet
        self.location = location
    }

    /// The key under which the field's value appears in the response: the alias, else the name.
    package var responseKey: String { alias?.value ?? name.value }
}

/// `...FragmentName @directives`.
package struct FragmentSpread: Sendable, Hashable {
    package var name: Name
    package var directives: [Directive]
    package var location: Location

    package init(name: Name, directives: [Directive] = [], location: Location = .synthetic) {
        self.name = name
        self.directives = directives
        self.location = location
    }
}

/// `... on Type @directives { selections }`; the type condition is optional.
package struct InlineFragment: Sendable, Hashable {
    package var typeCondition: NamedTypeNode?
    package var directives: [Directive]
    package var selectionSet: SelectionSet
    package var location: Location

    package init(
        typeCondition: NamedTypeNode? = nil,
        directives: [Directive] = [],
        selectionSet: SelectionSet,
        location: Location = .synthetic
    ) {
        self.typeCondition = typeCondition
        self.directives = directives
        self.selectionSet = selectionSet
        self.location = location
    }
}
