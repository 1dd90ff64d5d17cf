/// A variable used as a value, with the input type expected where it is used.
///
/// Rules about variables (NoUndefinedVariables, NoUnusedVariables, VariablesInAllowedPosition)
/// work on the usages of an operation with every fragment it reaches expanded, since a fragment's
/// variables are the variables of each operation that spreads it.
package struct VariableUsage: Sendable {
    /// The variable's name, without `$`.
    package var name: String
    /// Where `$name` is written.
    package var location: Location
    /// The type expected at that position, nil when the position is unknown (an unknown
    /// argument, for instance).
    package var type: TypeReference?
    /// The type of the value that encloses the variable: an input object type when the variable
    /// is the value of one of its fields (VariablesInAllowedPosition checks `@oneOf` with it).
    package var parentType: TypeReference?
    /// Whether the argument or input field the variable is given to has a default value, which
    /// applies when the variable is not provided.
    package var hasLocationDefault: Bool

    package init(name: String, location: Location, type: TypeReference?, parentType: TypeReference?, hasLocationDefault: Bool) {
        self.name = name
        self.location = location
        self.type = type
        self.parentType = parentType
        self.hasLocationDefault = hasLocationDefault
    }
}

/// Collects the variable usages of one operation or fragment with a small type-aware walk of
/// its own (graphql-js's `getVariableUsages`); the results are cached by ``ValidationContext``.
struct VariableUsageCollector {
    let schema: Schema
    private var typeInfo = TypeInfo()
    private(set) var usages: [VariableUsage] = []

    init(schema: Schema) {
        self.schema = schema
    }

    mutating func collect(_ operation: OperationDefinition) {
        typeInfo.enterOperation(operation, schema: schema)
        directives(operation.directives)
        selectionSet(operation.selectionSet)
        typeInfo.leaveOperation()
    }

    mutating func collect(_ fragment: FragmentDefinition) {
        typeInfo.enterFragment(typeCondition: fragment.typeCondition, schema: schema)
        directives(fragment.directives)
        selectionSet(fragment.selectionSet)
        typeInfo.leaveFragment()
    }

    private mutating func selectionSet(_ set: SelectionSet) {
        typeInfo.enterSelectionSet(schema: schema)
        for selection in set.selections {
            switch selection {
            case .field(let field):
                typeInfo.enterField(field, schema: schema)
                for argument in field.arguments {
                    self.argument(argument)
                }
                directives(field.directives)
                if let set = field.selectionSet { selectionSet(set) }
                typeInfo.leaveField()
            case .fragmentSpread(let spread):
                directives(spread.directives)
            case .inlineFragment(let fragment):
                typeInfo.enterFragment(typeCondition: fragment.typeCondition, schema: schema)
                directives(fragment.directives)
                selectionSet(fragment.selectionSet)
                typeInfo.leaveFragment()
            }
        }
        typeInfo.leaveSelectionSet()
    }

    private mutating func directives(_ directives: [Directive]) {
        for directive in directives where !directive.arguments.isEmpty {
            typeInfo.enterDirective(directive, schema: schema)
            for argument in directive.arguments {
                self.argument(argument)
            }
            typeInfo.leaveDirective()
        }
    }

    private mutating func argument(_ argument: Argument) {
        typeInfo.enterArgument(argument, schema: schema)
        value(argument.value)
        typeInfo.leaveArgument()
    }

    private mutating func value(_ value: ValueNode) {
        switch value.kind {
        case .variable(let name):
            usages.append(VariableUsage(
                name: name,
                location: value.location,
                type: typeInfo.inputType,
                parentType: typeInfo.parentInputType,
                hasLocationDefault: typeInfo.inputValueDefinition.map { $0.defaultValueNode != nil || $0.defaultValue != nil } ?? false
            ))
        case .list(let items):
            for item in items {
                typeInfo.enterListItem()
                self.value(item)
                typeInfo.leaveListItem()
            }
        case .object(let fields):
            for field in fields {
                typeInfo.enterObjectField(field, schema: schema)
                self.value(field.value)
                typeInfo.leaveObjectField()
            }
        default:
            break
        }
    }
}
