/// CoerceArgumentValues: a field's or directive's arguments as written, with variables
/// substituted, defaults applied and every value coerced to its argument's type.
///
/// An argument neither given nor defaulted stays absent, which is not the same as an explicit
/// `null` (update mutations rely on the difference).
///
/// - SeeAlso: https://spec.graphql.org/September2025/#CoerceArgumentValues()
enum ArgumentCoercion {
    /// An argument that cannot be coerced: the message graphql-js gives and the node at fault.
    struct Failure: Error, Sendable {
        var message: String
        var location: Location
    }

    static func coerce(
        _ nodes: [Argument],
        definitions: [InputValueDefinition],
        variables: OrderedObject,
        schema: Schema,
        at fallbackLocation: Location
    ) throws(Failure) -> Arguments {
        if definitions.isEmpty { return .none }
        var values = OrderedObject()
        let literals = LiteralCoercion(schema: schema, variables: variables)
        // By index, each definition read in place: `for definition in definitions` copied every
        // definition out of the array (a retain per string and array in it) for two fields.
        for index in definitions.indices {
            let name = definitions[index].name
            let type = definitions[index].type
            let node = nodes.first { $0.name.value == name }
            guard let node else {
                if let defaultValue = DefaultValues.value(of: definitions[index], schema: schema) {
                    values.appendUnchecked(key: name, value: defaultValue)
                } else if type.isNonNull {
                    throw Failure(message: "Argument \"\(name)\" of required type \"\(type)\" was not provided.", location: fallbackLocation)
                }
                continue
            }
            var isNull = false
            if case .null = node.value.kind { isNull = true }
            if case .variable(let variable) = node.value.kind {
                guard let value = variables[variable] else {
                    if let defaultValue = DefaultValues.value(of: definitions[index], schema: schema) {
                        values.appendUnchecked(key: name, value: defaultValue)
                    } else if type.isNonNull {
                        throw Failure(
                            message: "Argument \"\(name)\" of required type \"\(type)\" was provided the variable \"$\(variable)\" which was not provided a runtime value.",
                            location: node.value.location)
                    }
                    continue
                }
                isNull = value.isNull
            }
            if isNull, type.isNonNull {
                throw Failure(message: "Argument \"\(name)\" of non-null type \"\(type)\" must not be null.", location: node.value.location)
            }
            do {
                values.appendUnchecked(key: name, value: try literals.coerce(node.value, to: type))
            } catch {
                throw Failure(message: "Argument \"\(name)\" has invalid value \(LiteralText.of(node.value)).", location: node.value.location)
            }
        }
        return Arguments(values)
    }
}
