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

    /// What the check needs of a variable definition, worked out once per definition.
    private struct Variable {
        var type: TypeReference
        var hasNonNullDefault: Bool
        /// Whether the schema has the variable's named type; usages of a variable of unknown
        /// type are another rule's to report.
        var isOfKnownType: Bool
        var location: Location
    }

    /// The variable definitions of the operation being walked, in order.
    private var variables: [Variable] = []

    package mutating func enterOperation(_ operation: OperationDefinition, context: inout ValidationContext) {
        variables.removeAll(keepingCapacity: true)
    }

    package mutating func enterVariableDefinition(_ definition: VariableDefinition, context: inout ValidationContext) {
        variables.append(Variable(
            // TypeInfo has just converted the declared type, unless it is no input type.
            type: context.typeInfo.inputType ?? TypeReference(definition.type),
            hasNonNullDefault: definition.defaultValue.map { $0.kind != .null } ?? false,
            isOfKnownType: context.typeKind(named: definition.type.namedType.name.value) != nil,
            location: definition.location
        ))
    }

    package mutating func leaveOperation(_ operation: OperationDefinition, context: inout ValidationContext) {
        // The index, not the schema: reading the schema out of the context copies all its tables.
        let index = context.index
        // Most usages are allowed: check them in any order first, each matched with its
        // definition once for the three variable rules, and pay for graphql-js's order only
        // when there is something to report.
        let usages = context.currentOperationVariableUsagesInAnyOrder()
        let matches = context.currentOperationUsageDefinitions(operation)
        let anyProblem = usages.indices.contains { position in
            // An undefined variable is NoUndefinedVariablesRule's.
            let match = matches[position]
            guard match >= 0 else { return false }
            let problems = problems(of: usages[position], with: variables[Int(match)], index: index)
            return problems.isMisplaced || problems.oneOf != nil
        }
        guard anyProblem else { return }
        let definitions = operation.variableDefinitions
        for usage in context.currentOperationVariableUsages(operation) {
            guard let match = definitions.lastIndex(where: { $0.variable.value == usage.name }) else { continue }
            let variable = variables[match]
            let problems = problems(of: usage, with: variable, index: index)
            if problems.isMisplaced, let locationType = usage.type {
                context.report(
                    "Variable \"$\(usage.name)\" of type \"\(variable.type)\" used in position expecting type \"\(locationType)\".",
                    at: [variable.location, usage.location]
                )
            }
            if let oneOf = problems.oneOf {
                context.report(
                    "Variable \"$\(usage.name)\" is of type \"\(variable.type)\" but must be non-nullable to be used for OneOf Input Object \"\(oneOf)\".",
                    at: [variable.location, usage.location]
                )
            }
        }
    }

    /// Whether a usage of a defined variable is in a position its type does not allow, and the
    /// `@oneOf` input object whose field it may not be given to, if any.
    private func problems(of usage: VariableUsage, with variable: Variable, index: SchemaIndex) -> (isMisplaced: Bool, oneOf: String?) {
        // An unknown position or an unknown variable type is another rule's to report.
        guard let locationType = usage.type, variable.isOfKnownType else { return (false, nil) }
        let isMisplaced = !isAllowed(variable.type, hasNonNullDefault: variable.hasNonNullDefault, at: locationType, usage: usage, index: index)
        let oneOf = variable.type.isNonNull ? nil : oneOfParent(of: usage, index: index)
        return (isMisplaced, oneOf)
    }

    private func isAllowed(
        _ variableType: TypeReference,
        hasNonNullDefault: Bool,
        at locationType: TypeReference,
        usage: VariableUsage,
        index: SchemaIndex
    ) -> Bool {
        if case .nonNull(let nullableLocationType) = locationType, !variableType.isNonNull {
            guard hasNonNullDefault || usage.hasLocationDefault else { return false }
            return index.schema.isTypeSubTypeOf(variableType, nullableLocationType)
        }
        return index.schema.isTypeSubTypeOf(variableType, locationType)
    }

    private func oneOfParent(of usage: VariableUsage, index: SchemaIndex) -> String? {
        guard case .named(let name)? = usage.parentType?.nullable else { return nil }
        let type = index.typeID(named: name)
        guard type >= 0, index.types[Int(type)].isOneOf else { return nil }
        return index.types[Int(type)].name
    }
}
