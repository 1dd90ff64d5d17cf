/// Values of Correct Type: every literal is coercible to the type expected where it is written.
///
/// Leaf values are checked by their type: enums here, scalars by their own
/// ``ScalarCoercion/parseLiteral``. Input object literals must name only fields of their type,
/// give every required field, and for a `@oneOf` type give exactly one field, not null. `null`
/// is refused where a non-null type is expected. A list literal is checked item by item against
/// the item type; where a non-list type is expected the whole literal goes to that type, which
/// accepts it only if it is a custom scalar that takes lists.
///
/// Variables are not checked here: whether a variable fits its position is
/// ``VariablesInAllowedPositionRule``'s question. A custom scalar's literal that contains a
/// variable is left to execution, which coerces it once the variable's value is known.
/// Messages are graphql-js's: a built-in scalar's coercion message as it stands, a custom
/// scalar's after `Expected value of type "T", found …;`.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type
package struct ValuesOfCorrectTypeRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { [.enterValue, .leaveValue, .enterObjectField] }

    /// Greater than zero inside a value that was judged as a whole, whose parts must not be
    /// judged again: the depth of values entered since.
    private var skippedDepth = 0

    package mutating func enterValue(_ value: ValueNode, context: inout ValidationContext) {
        if skippedDepth > 0 {
            skippedDepth += 1
            return
        }
        let expected = context.typeInfo.inputType
        switch value.kind {
        case .variable:
            break
        case .null:
            if let expected, expected.isNonNull {
                context.report("Expected value of type \"\(expected)\", found null.", at: [value.location])
            }
        case .list:
            // A list where a list is expected: its items are entered and checked one by one.
            if case .list? = expected?.nullable { return }
            checkLeaf(value, context: &context)
            skippedDepth = 1
        case .object(let fields):
            guard let expected, case .inputObject(let object)? = context.schema.type(named: expected.namedType) else {
                checkLeaf(value, context: &context)
                skippedDepth = 1
                return
            }
            checkObject(value, fields: fields, of: object, context: &context)
        case .int, .float, .string, .boolean, .enumValue:
            checkLeaf(value, context: &context)
        }
    }

    package mutating func leaveValue(_ value: ValueNode, context: inout ValidationContext) {
        if skippedDepth > 0 { skippedDepth -= 1 }
    }

    package mutating func enterObjectField(_ field: ObjectFieldNode, context: inout ValidationContext) {
        guard skippedDepth == 0, context.typeInfo.inputType == nil,
            let parent = context.typeInfo.parentInputType,
            case .inputObject(let object)? = context.schema.type(named: parent.namedType),
            object.field(named: field.name.value) == nil
        else { return }
        let suggestions = SuggestionList.suggestions(for: field.name.value, among: object.fields.map(\.name))
        context.report(
            "Field \"\(field.name.value)\" is not defined by type \"\(object.name)\"." + SuggestionList.didYouMean(suggestions),
            at: [field.location]
        )
    }

    // MARK: - Input objects

    /// Required fields present, and for `@oneOf` exactly one field, not null.
    private func checkObject(_ value: ValueNode, fields: [ObjectFieldNode], of object: InputObjectType, context: inout ValidationContext) {
        var given: [String: ValueNode] = [:]
        var names: [String] = []
        for field in fields {
            if given.updateValue(field.value, forKey: field.name.value) == nil { names.append(field.name.value) }
        }
        for definition in object.fields where given[definition.name] == nil && definition.isRequired {
            context.report(
                "Field \"\(object.name).\(definition.name)\" of required type \"\(definition.type)\" was not provided.",
                at: [value.location]
            )
        }
        guard object.isOneOf else { return }
        guard names.count == 1 else {
            context.report("OneOf Input Object \"\(object.name)\" must specify exactly one key.", at: [value.location])
            return
        }
        if given[names[0]]?.kind == .null {
            context.report("Field \"\(object.name).\(names[0])\" must be non-null.", at: [value.location])
        }
    }

    // MARK: - Leaf values

    /// Checks a literal against the leaf type expected for it; a composite or input object
    /// type expected for a scalar literal is an error of its own.
    private func checkLeaf(_ value: ValueNode, context: inout ValidationContext) {
        guard let expected = context.typeInfo.inputType,
            let type = context.schema.type(named: expected.namedType)
        else { return }
        switch type {
        case .enumeration(let enumeration):
            if let message = Self.enumProblem(value, enumeration) {
                context.report(message, at: [value.location])
            }
        case .scalar(let scalar):
            let isBuiltIn = ScalarType.isBuiltIn(scalar.name)
            // A custom scalar's literal with a variable inside is coerced at execution.
            if !isBuiltIn && value.containsVariable { return }
            do {
                _ = try scalar.coercion.parseLiteral(value)
            } catch {
                let message =
                    isBuiltIn
                    ? error.message
                    : "Expected value of type \"\(expected)\", found \(LiteralPrinting.print(value)); \(error.message)"
                context.report(message, at: [value.location])
            }
        default:
            context.report("Expected value of type \"\(expected)\", found \(LiteralPrinting.print(value)).", at: [value.location])
        }
    }

    /// Why a literal is not a value of the enum, or nil when it is one.
    private static func enumProblem(_ value: ValueNode, _ enumeration: EnumType) -> String? {
        if case .enumValue(let name) = value.kind, enumeration.hasValue(name) { return nil }
        let printed = LiteralPrinting.print(value)
        let suggestions = SuggestionList.suggestions(for: printed, among: enumeration.values.map(\.name))
        let didYouMean = SuggestionList.didYouMean(suggestions, preamble: "the enum value")
        if case .enumValue = value.kind {
            return "Value \"\(printed)\" does not exist in \"\(enumeration.name)\" enum." + didYouMean
        }
        return "Enum \"\(enumeration.name)\" cannot represent non-enum value: \(printed)." + didYouMean
    }
}

extension InputValueDefinition {
    /// Whether a value must be given: non-null and without a default.
    fileprivate var isRequired: Bool {
        type.isNonNull && defaultValueNode == nil && defaultValue == nil
    }
}

extension ValueNode {
    /// Whether a variable appears anywhere in the value.
    fileprivate var containsVariable: Bool {
        switch kind {
        case .variable: true
        case .list(let items): items.contains { $0.containsVariable }
        case .object(let fields): fields.contains { $0.value.containsVariable }
        default: false
        }
    }
}
