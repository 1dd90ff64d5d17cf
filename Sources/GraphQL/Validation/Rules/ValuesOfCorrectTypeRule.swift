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
        switch value.kind {
        case .variable:
            break
        case .null:
            if let expected = context.typeInfo.inputType, expected.isNonNull {
                context.report("Expected value of type \"\(expected)\", found null.", at: [value.location])
            }
        case .list:
            // A list where a list is expected: its items are entered and checked one by one.
            if case .list? = context.typeInfo.inputType?.nullable { return }
            checkLeaf(value, context: &context)
            skippedDepth = 1
        case .object(let fields):
            guard context.typeInfo.inputTypeKind == .inputObject else {
                checkLeaf(value, context: &context)
                skippedDepth = 1
                return
            }
            checkObject(value, fields: fields, of: context.typeInfo.inputNamedTypeID, context: &context)
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

    /// Checks an input object literal against the input object type numbered `type`, reading
    /// the schema index: a literal's fields are few, so they are scanned rather than hashed.
    private func checkObject(_ value: ValueNode, fields: [ObjectFieldNode], of type: Int32, context: inout ValidationContext) {
        let index = context.index
        let entry = index.types[Int(type)]
        for member in entry.members where index.inputValues[Int(member)].isRequired {
            let definition = index.inputValues[Int(member)]
            guard !fields.contains(where: { $0.name.value == definition.name }) else { continue }
            context.report(
                "Field \"\(entry.name).\(definition.name)\" of required type \"\(definition.type)\" was not provided.",
                at: [value.location]
            )
        }
        guard entry.isOneOf else { return }
        // One key, given once or more: the last value given is the one that counts.
        guard let first = fields.first, fields.allSatisfy({ $0.name.value == first.name.value }) else {
            context.report("OneOf Input Object \"\(entry.name)\" must specify exactly one key.", at: [value.location])
            return
        }
        if fields[fields.count - 1].value.kind == .null {
            context.report("Field \"\(entry.name).\(first.name.value)\" must be non-null.", at: [value.location])
        }
    }

    // MARK: - Leaf values

    /// Checks a leaf literal (or a list or object literal where the type is a leaf) against the
    /// expected type, read from the schema index; the type is copied out only to word an error.
    private func checkLeaf(_ value: ValueNode, context: inout ValidationContext) {
        guard let expected = context.typeInfo.inputType else { return }
        let index = context.index
        let type = Int(context.typeInfo.inputNamedTypeID)
        switch index.types[type].kind {
        case .enumeration:
            if case .enumValue(let name) = value.kind, index.enumValues.value(of: name, in: Int32(type)) != nil { return }
            guard case .enumeration(let enumeration) = index.namedTypes[type],
                let message = Self.enumProblem(value, enumeration) else { return }
            context.report(message, at: [value.location])
        case .scalar:
            let isBuiltIn = index.types[type].isBuiltInScalar
            // A custom scalar's literal with a variable inside is coerced at execution.
            if !isBuiltIn && value.containsVariable { return }
            guard let parseLiteral = index.scalarLiteralParsers[type] else { return }
            do {
                _ = try parseLiteral(value)
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
