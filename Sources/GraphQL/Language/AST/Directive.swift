/// An applied directive, `@name(arguments)`.
package struct Directive: Sendable, Hashable {
    package var name: Name
    package var arguments: [Argument]
    package var location: Location

    package init(name: Name, arguments: [Argument] = [], location: Location = .synthetic) {
        self.name = name
        self.arguments = arguments
        self.location = location
    }
}

/// `name: value`, in a field's or a directive's argument list.
package struct Argument: Sendable, Hashable {
    package var name: Name
    package var value: ValueNode
    package var location: Location

    package init(name: Name, value: ValueNode, location: Location = .synthetic) {
        self.name = name
        self.value = value
        self.location = location
    }
}
