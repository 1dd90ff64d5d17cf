/// CoerceVariableValues: the request's variable values, checked and converted against the
/// operation's variable definitions before execution starts.
///
/// A failure here is a request error: the response has no `data`. Messages follow graphql-js
/// (`Variable "$id" of required type "ID!" was not provided.`); each error carries code
/// BAD_USER_INPUT, the variable definition's location, and in `extensions.field` the variable
/// and the path inside its value (`input.address.city`).
///
/// - SeeAlso: https://spec.graphql.org/September2025/#CoerceVariableValues()
enum VariableCoercion {
    /// graphql-js stops collecting after this many errors, so a huge bad input cannot make a
    /// huge response.
    static let maxErrors = 50

    /// The variables failed coercion; every error found, up to ``maxErrors``.
    struct Failure: Error, Sendable {
        var errors: [GraphQLError]
    }

    /// - Parameter types: `TypeReference(definition.type)` of each definition, in order; the
    ///   engine keeps them with the operation's cached plans (``DocumentPlans``).
    static func coerce(
        _ definitions: [VariableDefinition],
        types: [TypeReference],
        inputs: OrderedObject?,
        schema: Schema,
        source: Source?
    ) throws(Failure) -> OrderedObject {
        let inputs = inputs ?? OrderedObject()
        var coerced = OrderedObject()
        var errors: [GraphQLError] = []
        let coercion = InputCoercion(schema: schema)

        func report(_ message: String, _ definition: VariableDefinition, field: String) {
            var locations: [SourceLocation] = []
            if let source { locations.append(source.location(of: definition.location)) }
            errors.append(GraphQLError(message, locations: locations, code: .badUserInput, extensions: ["field": .string(field)]))
        }

        // By index, reading each definition in place: zipping the arrays copied every
        // definition (a retain of each of its parts) for every request.
        for index in definitions.indices {
            let type = types[index]
            let name = definitions[index].variable.value
            // A scalar is an input type: asking for its coercion first spares copying its type.
            guard schema.scalarCoercion(named: type.namedType) != nil || schema.type(named: type.namedType)?.isInputType == true else {
                report("Variable \"$\(name)\" expected value of type \"\(type)\" which cannot be used as an input type.", definitions[index], field: name)
                continue
            }
            guard let value = inputs[name] else {
                if let defaultNode = definitions[index].defaultValue {
                    if let value = try? LiteralCoercion(schema: schema, variables: OrderedObject()).coerce(defaultNode, to: type) {
                        coerced.appendUnchecked(key: name, value: value)
                    }
                } else if type.isNonNull {
                    report("Variable \"$\(name)\" of required type \"\(type)\" was not provided.", definitions[index], field: name)
                }
                continue
            }
            if value.isNull, type.isNonNull {
                report("Variable \"$\(name)\" of non-null type \"\(type)\" must not be null.", definitions[index], field: name)
                continue
            }
            var problems: [InputCoercion.Problem] = []
            let result = coercion.coerce(value, to: type, problems: &problems)
            if problems.isEmpty {
                coerced.appendUnchecked(key: name, value: result)
            }
            for problem in problems {
                let at = name + pathText(problem.path)
                var message = "Variable \"$\(name)\" got invalid value \(problem.value.inspected)"
                if !problem.path.isEmpty { message += " at \"\(at)\"" }
                report(message + "; " + problem.message, definitions[index], field: at)
                if errors.count >= maxErrors { break }
            }
            if errors.count >= maxErrors {
                errors.append(GraphQLError(
                    "Too many errors processing variables, error limit reached. Execution aborted.",
                    code: .badUserInput))
                break
            }
        }
        if !errors.isEmpty { throw Failure(errors: errors) }
        return coerced
    }

    /// `.field[0].other`, as graphql-js's `printPathArray` writes a path inside a value.
    static func pathText(_ path: [PathComponent]) -> String {
        var text = ""
        for component in path {
            switch component {
            case .key(let key): text += "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}
