/// Input coercion of a value that arrived as JSON (a variable's value) to an input type, as the
/// specification's input coercion rules and graphql-js's `coerceInputValue` say.
///
/// Every problem is collected rather than the first one thrown, each with the path inside the
/// value where it was found, so that a caller sending a bad input object learns every bad field
/// at once.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Input-Objects.Input-Coercion
struct InputCoercion {
    let schema: Schema

    /// One problem found while coercing: what is wrong, where inside the value, and the value
    /// found there.
    struct Problem: Sendable, Equatable {
        var message: String
        var path: [PathComponent]
        var value: Value
    }

    /// Coerces `value` to `type`. The result is meaningful only when no problem was added.
    func coerce(_ value: Value, to type: TypeReference, path: [PathComponent] = [], problems: inout [Problem]) -> Value {
        switch type {
        case .nonNull(let inner):
            if value.isNull {
                problems.append(Problem(message: "Expected non-nullable type \"\(type)\" not to be null.", path: path, value: value))
                return .null
            }
            return coerce(value, to: inner, path: path, problems: &problems)
        case .list(let itemType):
            if value.isNull { return .null }
            guard case .list(let items) = value else {
                // A single value where a list is expected is a list of one (input coercion of lists).
                return .list([coerce(value, to: itemType, path: path, problems: &problems)])
            }
            var coerced: [Value] = []
            coerced.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                coerced.append(coerce(item, to: itemType, path: path + [.index(index)], problems: &problems))
            }
            return .list(coerced)
        case .named(let name):
            if value.isNull { return .null }
            return coerceNamed(value, typeName: name, path: path, problems: &problems)
        }
    }

    private func coerceNamed(_ value: Value, typeName: String, path: [PathComponent], problems: inout [Problem]) -> Value {
        if let scalar = schema.scalarCoercion(named: typeName) {
            do {
                return try scalar.parseValue(value)
            } catch {
                problems.append(Problem(message: error.message, path: path, value: value))
                return .null
            }
        }
        switch schema.type(named: typeName) {
        case .enumeration(let enumeration)?:
            guard case .string(let name) = value else {
                problems.append(Problem(
                    message: "Enum \"\(typeName)\" cannot represent non-string value: \(value.inspected)."
                        + SuggestionList.didYouMean(SuggestionList.suggestions(for: value.inspected, among: enumeration.values.map(\.name))),
                    path: path, value: value))
                return .null
            }
            guard enumeration.hasValue(name) else {
                problems.append(Problem(
                    message: "Value \"\(name)\" does not exist in \"\(typeName)\" enum."
                        + SuggestionList.didYouMean(SuggestionList.suggestions(for: name, among: enumeration.values.map(\.name))),
                    path: path, value: value))
                return .null
            }
            return value
        case .inputObject(let inputObject)?:
            return coerceInputObject(value, type: inputObject, path: path, problems: &problems)
        default:
            problems.append(Problem(message: "Expected type \"\(typeName)\" to be an input type.", path: path, value: value))
            return .null
        }
    }

    private func coerceInputObject(_ value: Value, type: InputObjectType, path: [PathComponent], problems: inout [Problem]) -> Value {
        guard case .object(let given) = value else {
            problems.append(Problem(message: "Expected type \"\(type.name)\" to be an object.", path: path, value: value))
            return .null
        }
        var coerced = OrderedObject()
        for field in type.fields {
            if let fieldValue = given[field.name] {
                coerced.appendUnchecked(key: field.name, value: coerce(fieldValue, to: field.type, path: path + [.key(field.name)], problems: &problems))
            } else if let defaultValue = DefaultValues.value(of: field, schema: schema) {
                coerced.appendUnchecked(key: field.name, value: defaultValue)
            } else if field.type.isNonNull {
                problems.append(Problem(
                    message: "Field \"\(field.name)\" of required type \"\(field.type)\" was not provided.",
                    path: path, value: value))
            }
        }
        for entry in given where type.field(named: entry.key) == nil {
            problems.append(Problem(
                message: "Field \"\(entry.key)\" is not defined by type \"\(type.name)\"."
                    + SuggestionList.didYouMean(SuggestionList.suggestions(for: entry.key, among: type.fields.map(\.name))),
                path: path, value: value))
        }
        if type.isOneOf {
            if coerced.count != 1 {
                problems.append(Problem(message: "Exactly one key must be specified for OneOf type \"\(type.name)\".", path: path, value: value))
            } else if let only = coerced.entries.first, only.value.isNull {
                problems.append(Problem(message: "Field \"\(only.key)\" must be non-null.", path: path + [.key(only.key)], value: .null))
            }
        }
        return .object(coerced)
    }
}

/// The coerced default of an argument or input field: the schema builder's coerced value, or
/// the SDL literal coerced here when the builder left it to execution.
enum DefaultValues {
    static func value(of definition: InputValueDefinition, schema: Schema) -> Value? {
        if let value = definition.defaultValue { return value }
        guard let node = definition.defaultValueNode else { return nil }
        return try? LiteralCoercion(schema: schema, variables: OrderedObject()).coerce(node, to: definition.type)
    }
}
