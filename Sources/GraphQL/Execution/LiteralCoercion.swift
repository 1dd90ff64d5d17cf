/// Input coercion of a literal written in the document, variables included, to an input type:
/// the specification's input coercion rules as graphql-js's `valueFromAST` applies them.
///
/// Variables have already been coerced to their declared types, so a variable's value is used as
/// it is. A variable that was not provided counts as absent: an input object field takes its
/// default (or is missing), a list item becomes null.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Input-Values
struct LiteralCoercion {
    let schema: Schema
    let variables: OrderedObject

    /// Why a literal cannot be coerced; validation normally reports it first, with its own message.
    struct Invalid: Error, Sendable {
        var reason: String
    }

    func coerce(_ node: ValueNode, to type: TypeReference) throws(Invalid) -> Value {
        if case .variable(let name) = node.kind {
            guard let value = variables[name] else { throw Invalid(reason: "Variable \"$\(name)\" was not provided.") }
            if value.isNull, type.isNonNull {
                throw Invalid(reason: "Variable \"$\(name)\" is null where \"\(type)\" is expected.")
            }
            return value
        }
        switch type {
        case .nonNull(let inner):
            if case .null = node.kind { throw Invalid(reason: "Expected non-nullable type \"\(type)\" not to be null.") }
            return try coerce(node, to: inner)
        case .list(let itemType):
            if case .null = node.kind { return .null }
            guard case .list(let items) = node.kind else {
                return .list([try coerce(node, to: itemType)])
            }
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for item in items {
                if isMissingVariable(item) {
                    if itemType.isNonNull { throw Invalid(reason: "A list item of non-null type \"\(itemType)\" names a variable that was not provided.") }
                    values.append(.null)
                } else {
                    values.append(try coerce(item, to: itemType))
                }
            }
            return .list(values)
        case .named(let name):
            if case .null = node.kind { return .null }
            return try coerceNamed(node, typeName: name)
        }
    }

    /// Whether `node` is a variable that the request did not provide.
    func isMissingVariable(_ node: ValueNode) -> Bool {
        if case .variable(let name) = node.kind { variables[name] == nil } else { false }
    }

    private func coerceNamed(_ node: ValueNode, typeName: String) throws(Invalid) -> Value {
        if let scalar = schema.scalarCoercion(named: typeName) {
            do {
                return try scalar.parseLiteral(substitutingVariables(in: node))
            } catch {
                throw Invalid(reason: error.message)
            }
        }
        switch schema.type(named: typeName) {
        case .enumeration(let enumeration)?:
            guard case .enumValue(let name) = node.kind else {
                throw Invalid(reason: "Enum \"\(typeName)\" cannot represent non-enum value: \(LiteralText.of(node)).")
            }
            guard enumeration.hasValue(name) else {
                throw Invalid(reason: "Value \"\(name)\" does not exist in \"\(typeName)\" enum."
                    + SuggestionList.didYouMean(SuggestionList.suggestions(for: name, among: enumeration.values.map(\.name))))
            }
            return .string(name)
        case .inputObject(let inputObject)?:
            return try coerceInputObject(node, type: inputObject)
        default:
            throw Invalid(reason: "Type \"\(typeName)\" is not an input type.")
        }
    }

    private func coerceInputObject(_ node: ValueNode, type: InputObjectType) throws(Invalid) -> Value {
        guard case .object(let fieldNodes) = node.kind else {
            throw Invalid(reason: "Expected type \"\(type.name)\" to be an object.")
        }
        for fieldNode in fieldNodes where type.field(named: fieldNode.name.value) == nil {
            throw Invalid(reason: "Field \"\(fieldNode.name.value)\" is not defined by type \"\(type.name)\".")
        }
        var coerced = OrderedObject()
        for field in type.fields {
            let fieldNode = fieldNodes.first { $0.name.value == field.name }
            guard let fieldNode, !isMissingVariable(fieldNode.value) else {
                if let defaultValue = DefaultValues.value(of: field, schema: schema) {
                    coerced.appendUnchecked(key: field.name, value: defaultValue)
                } else if field.type.isNonNull {
                    throw Invalid(reason: "Field \"\(type.name).\(field.name)\" of required type \"\(field.type)\" was not provided.")
                }
                continue
            }
            coerced.appendUnchecked(key: field.name, value: try coerce(fieldNode.value, to: field.type))
        }
        if type.isOneOf {
            guard coerced.count == 1, let only = coerced.entries.first else {
                throw Invalid(reason: "OneOf Input Object \"\(type.name)\" must specify exactly one key.")
            }
            if only.value.isNull { throw Invalid(reason: "Field \"\(type.name).\(only.key)\" must be non-null.") }
        }
        return .object(coerced)
    }

    /// The literal with each nested variable replaced by the literal of its value, for scalars
    /// whose literals are compound (`JSON`). A variable that was not provided leaves an object
    /// field out and makes a list item null, as graphql-js's `valueFromASTUntyped` does.
    func substitutingVariables(in node: ValueNode) -> ValueNode {
        switch node.kind {
        case .variable(let name):
            return ValueNode(Self.literal(of: variables[name] ?? .null).kind, location: node.location)
        case .list(let items):
            guard items.contains(where: Self.holdsVariable) else { return node }
            return ValueNode(.list(items.map(substitutingVariables)), location: node.location)
        case .object(let fields):
            guard fields.contains(where: { Self.holdsVariable($0.value) }) else { return node }
            let kept = fields.filter { !isMissingVariable($0.value) }.map {
                ObjectFieldNode(name: $0.name, value: substitutingVariables(in: $0.value), location: $0.location)
            }
            return ValueNode(.object(kept), location: node.location)
        default:
            return node
        }
    }

    /// Whether a variable appears anywhere in the literal.
    static func holdsVariable(_ node: ValueNode) -> Bool {
        switch node.kind {
        case .variable: true
        case .list(let items): items.contains(where: holdsVariable)
        case .object(let fields): fields.contains { holdsVariable($0.value) }
        default: false
        }
    }

    /// The literal that spells a JSON-like value.
    static func literal(of value: Value) -> ValueNode {
        switch value {
        case .null: ValueNode(.null)
        case .bool(let flag): ValueNode(.boolean(flag))
        case .int(let number): ValueNode(.int(String(number)))
        case .float(let number): ValueNode(.float(NumberText.javaScript(number)))
        case .string(let text): ValueNode(.string(text, block: false))
        case .list(let items): ValueNode(.list(items.map(literal(of:))))
        case .object(let object):
            ValueNode(.object(object.map { ObjectFieldNode(name: Name($0.key), value: literal(of: $0.value)) }))
        }
    }
}
