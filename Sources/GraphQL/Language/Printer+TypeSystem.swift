extension Printer {
    static func print(schema: SchemaDefinitionNode, extending: Bool) -> String {
        (extending ? "" : describe(schema.description)) + join([
            extending ? "extend schema" : "schema",
            print(directives: schema.directives),
            block(schema.operationTypes.map { $0.operation.rawValue + ": " + $0.type.name.value }),
        ], " ")
    }

    static func print(type: TypeDefinitionNode, extending: Bool) -> String {
        let extend = extending ? "extend " : ""
        switch type {
        case .scalar(let scalar):
            return (extending ? "" : describe(scalar.description))
                + join([extend + "scalar", scalar.name.value, print(directives: scalar.directives)], " ")
        case .object(let object):
            return (extending ? "" : describe(object.description)) + join([
                extend + "type",
                object.name.value,
                wrap("implements ", join(object.interfaces.map(\.name.value), " & ")),
                print(directives: object.directives),
                block(object.fields.map(print(field:))),
            ], " ")
        case .interface(let interface):
            return (extending ? "" : describe(interface.description)) + join([
                extend + "interface",
                interface.name.value,
                wrap("implements ", join(interface.interfaces.map(\.name.value), " & ")),
                print(directives: interface.directives),
                block(interface.fields.map(print(field:))),
            ], " ")
        case .union(let union):
            return (extending ? "" : describe(union.description)) + join([
                extend + "union",
                union.name.value,
                print(directives: union.directives),
                wrap("= ", join(union.types.map(\.name.value), " | ")),
            ], " ")
        case .enumeration(let enumeration):
            return (extending ? "" : describe(enumeration.description)) + join([
                extend + "enum",
                enumeration.name.value,
                print(directives: enumeration.directives),
                block(enumeration.values.map { describe($0.description) + join([$0.name.value, print(directives: $0.directives)], " ") }),
            ], " ")
        case .inputObject(let input):
            return (extending ? "" : describe(input.description)) + join([
                extend + "input",
                input.name.value,
                print(directives: input.directives),
                block(input.fields.map(print(inputValue:))),
            ], " ")
        }
    }

    static func print(field: FieldDefinitionNode) -> String {
        describe(field.description)
            + field.name.value
            + argumentDefinitions(field.arguments)
            + ": " + print(field.type)
            + wrap(" ", print(directives: field.directives))
    }

    static func print(inputValue: InputValueDefinitionNode) -> String {
        describe(inputValue.description) + join([
            inputValue.name.value + ": " + print(inputValue.type),
            wrap("= ", inputValue.defaultValue.map(print(_:))),
            print(directives: inputValue.directives),
        ], " ")
    }

    static func print(directive: DirectiveDefinitionNode) -> String {
        describe(directive.description)
            + "directive @" + directive.name.value
            + argumentDefinitions(directive.arguments)
            + (directive.isRepeatable ? " repeatable" : "")
            + " on " + join(directive.locations.map(\.value), " | ")
    }

    /// `(a: A, b: B)`, or one per line when one of them spans several (a description).
    private static func argumentDefinitions(_ arguments: [InputValueDefinitionNode]) -> String {
        let printed = arguments.map(print(inputValue:))
        return hasMultilineItems(printed)
            ? wrap("(\n", indent(join(printed, "\n")), "\n)")
            : wrap("(", join(printed, ", "), ")")
    }
}
