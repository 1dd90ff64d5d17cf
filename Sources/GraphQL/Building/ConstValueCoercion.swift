/// Coerces a constant literal written in SDL (a default value, or an argument of an applied
/// directive) to the value of an input type, as the specification's input coercion rules say,
/// collecting every reason it cannot.
///
/// SDL literals are constant: a variable is never valid there. Messages follow graphql-js's
/// ValuesOfCorrectType rule; a scalar's own ``CoercionError`` message is used as it is.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Input-Values
package struct ConstValueCoercion: Sendable {
    /// A reason the literal is not a value of the type, and the node it concerns.
    package struct Failure: Sendable, Hashable {
        package var message: String
        package var location: Location
    }

    /// Every named type of the schema being built, built-ins included.
    package let types: [String: NamedType]

    package init(types: [String: NamedType]) {
        self.types = types
    }

    /// The value of `node` for `type`, meaningful only when there is no failure, and every
    /// reason the literal is not a value of the type.
    package func coerce(_ node: ValueNode, to type: TypeReference) -> (value: Value, failures: [Failure]) {
        var failures: [Failure] = []
        var defaultsInProgress: Set<String> = []
        let value = coerce(node, to: type, failures: &failures, defaultsInProgress: &defaultsInProgress)
        return (value, failures)
    }

    private func coerce(_ node: ValueNode, to type: TypeReference, failures: inout [Failure], defaultsInProgress: inout Set<String>) -> Value {
        if case .variable(let name) = node.kind {
            failures.append(Failure(message: "Unexpected variable \"$\(name)\" in constant value.", location: node.location))
            return .null
        }
        switch type {
        case .nonNull(let inner):
            if case .null = node.kind {
                failures.append(Failure(message: "Expected value of type \"\(type)\", found null.", location: node.location))
                return .null
            }
            return coerce(node, to: inner, failures: &failures, defaultsInProgress: &defaultsInProgress)
        case .list(let item):
            switch node.kind {
            case .null:
                return .null
            case .list(let items):
                return .list(items.map { coerce($0, to: item, failures: &failures, defaultsInProgress: &defaultsInProgress) })
            default:
                return .list([coerce(node, to: item, failures: &failures, defaultsInProgress: &defaultsInProgress)])
            }
        case .named(let name):
            if case .null = node.kind { return .null }
            switch types[name] {
            case .scalar(let scalar)?:
                do {
                    return try scalar.coercion.parseLiteral(node)
                } catch {
                    // A scalar without coercion is reported once by the builder, not per literal.
                    if error.message != ScalarCoercion.unavailableMessage(name) {
                        failures.append(Failure(message: error.message, location: node.location))
                    }
                    return .null
                }
            case .enumeration(let enumeration)?:
                return coerceEnum(node, to: enumeration, failures: &failures)
            case .inputObject(let inputObject)?:
                return coerceInputObject(node, to: inputObject, failures: &failures, defaultsInProgress: &defaultsInProgress)
            default:
                // An unknown type or an output type in an input position: reported by the rules
                // that check type references, not once per literal.
                return .null
            }
        }
    }

    private func coerceEnum(_ node: ValueNode, to enumeration: EnumType, failures: inout [Failure]) -> Value {
        guard case .enumValue(let name) = node.kind else {
            let text = LiteralText.of(node)
            failures.append(Failure(
                message: "Enum \"\(enumeration.name)\" cannot represent non-enum value: \(text)."
                    + SuggestionList.hint(for: text, among: enumeration.values.map(\.name), preamble: "the enum value"),
                location: node.location))
            return .null
        }
        guard enumeration.hasValue(name) else {
            failures.append(Failure(
                message: "Value \"\(name)\" does not exist in \"\(enumeration.name)\" enum."
                    + SuggestionList.hint(for: name, among: enumeration.values.map(\.name), preamble: "the enum value"),
                location: node.location))
            return .null
        }
        return .string(name)
    }

    private func coerceInputObject(_ node: ValueNode, to inputObject: InputObjectType, failures: inout [Failure], defaultsInProgress: inout Set<String>) -> Value {
        guard case .object(let fieldNodes) = node.kind else {
            failures.append(Failure(message: "Expected value of type \"\(inputObject.name)\", found \(LiteralText.of(node)).", location: node.location))
            return .null
        }
        var result = OrderedObject()
        for field in inputObject.fields {
            let coordinate = "\(inputObject.name).\(field.name)"
            if let given = fieldNodes.first(where: { $0.name.value == field.name }) {
                result.appendUnchecked(key: field.name, value: coerce(given.value, to: field.type, failures: &failures, defaultsInProgress: &defaultsInProgress))
            } else if let defaultValue = field.defaultValue {
                result.appendUnchecked(key: field.name, value: defaultValue)
            } else if let defaultNode = field.defaultValueNode {
                guard defaultsInProgress.insert(coordinate).inserted else {
                    failures.append(Failure(
                        message: "Invalid circular reference. The default value of Input Object field \(coordinate) references itself.",
                        location: defaultNode.location))
                    continue
                }
                result.appendUnchecked(key: field.name, value: coerce(defaultNode, to: field.type, failures: &failures, defaultsInProgress: &defaultsInProgress))
                defaultsInProgress.remove(coordinate)
            } else if field.type.isNonNull {
                failures.append(Failure(
                    message: "Field \"\(coordinate)\" of required type \"\(field.type)\" was not provided.",
                    location: node.location))
            }
        }
        let known = Set(inputObject.fields.map(\.name))
        for fieldNode in fieldNodes where !known.contains(fieldNode.name.value) {
            failures.append(Failure(
                message: "Field \"\(fieldNode.name.value)\" is not defined by type \"\(inputObject.name)\"."
                    + SuggestionList.hint(for: fieldNode.name.value, among: inputObject.fields.map(\.name)),
                location: fieldNode.location))
        }
        if inputObject.isOneOf {
            if fieldNodes.count != 1 {
                failures.append(Failure(message: "OneOf Input Object \"\(inputObject.name)\" must specify exactly one key.", location: node.location))
            } else if case .null = fieldNodes[0].value.kind {
                failures.append(Failure(message: "Field \"\(inputObject.name).\(fieldNodes[0].name.value)\" must be non-null.", location: fieldNodes[0].location))
            }
        }
        return .object(result)
    }
}
