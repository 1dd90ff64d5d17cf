/// All Variable Usages Are Allowed: a variable may only be used where a value of its type is
/// acceptable, and a `@oneOf` input object field only takes a non-null variable.
///
/// A variable's type is acceptable when it is the expected type or a stricter one (non-null
/// where null is allowed, at any list depth). A nullable variable may still stand where a
/// non-null value is expected when it has a non-null default or the argument or input field
/// it is given to has a default: then an absent variable is never null there.
///
/// Usages are checked per operation, through every fragment it reaches, when the operation is
/// left, so each usage is judged against the variable definitions of each operation that
/// uses it. Messages are graphql-js's (v17 for the `@oneOf` case).
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed
package struct VariablesInAllowedPositionRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { [.enterOperation, .enterVariableDefinition, .leaveOperation] }

    private var definitions: [String: VariableDefinition] = [:]

    package mutating func enterOperation(_ operation: OperationDefinition, context: inout ValidationContext) {
        definitions = [:]
    }

    package mutating func enterVariableDefinition(_ definition: VariableDefinition, context: inout ValidationContext) {
        definitions[definition.variable.value] = definition
    }

    package mutating func leaveOperation(_ operation: OperationDefinition, context: inout ValidationContext) {
        let schema = context.schema
        for usage in context.currentOperationVariableUsages(operation) {
            // An undefined variable is NoUndefinedVariablesRule's; an unknown position or an
            // unknown variable type is another rule's too.
            guard let definition = definitions[usage.name], let locationType = usage.type else { continue }
            let variableType = TypeReference(definition.type)
            guard schema.type(named: variableType.namedType) != nil else { continue }

            if !isAllowed(variableType, default: definition.defaultValue, at: locationType, usage: usage, schema: schema) {
                context.report(
                    "Variable \"$\(usage.name)\" of type \"\(variableType)\" used in position expecting type \"\(locationType)\".",
                    at: [definition.location, usage.location]
                )
            }
            if let oneOf = oneOfParent(of: usage, schema: schema), !variableType.isNonNull {
                context.report(
                    "Variable \"$\(usage.name)\" is of type \"\(variableType)\" but must be non-nullable to be used for OneOf Input Object \"\(oneOf)\".",
                    at: [definition.location, usage.location]
                )
            }
        }
    }

    /// The spec's IsVariableUsageAllowed, for the non-null position of the location type.
    private func isAllowed(
        _ variableType: TypeReference,
        default defaultValue: ValueNode?,
        at locationType: TypeReference,
        usage: VariableUsage,
        schema: Schema
    ) -> Bool {
        if case .nonNull(let nullableLocationType) = locationType, !variableType.isNonNull {
            let hasNonNullVariableDefault = defaultValue.map { $0.kind != .null } ?? false
            guard hasNonNullVariableDefault || usage.hasLocationDefault else { return false }
            return schema.isTypeSubTypeOf(variableType, nullableLocationType)
        }
        return schema.isTypeSubTypeOf(variableType, locationType)
    }

    /// The name of the `@oneOf` input object whose field the variable is the value of, if any.
    private func oneOfParent(of usage: VariableUsage, schema: Schema) -> String? {
        guard case .named(let name)? = usage.parentType?.nullable,
            case .inputObject(let object)? = schema.type(named: name), object.isOneOf
        else { return nil }
        return object.name
    }
}
