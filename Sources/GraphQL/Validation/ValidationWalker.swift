/// The single traversal of a document that drives every rule (see ``ValidationRule``).
///
/// For each node: update ``TypeInfo``, call the `enter` callbacks of the rules that asked for
/// them, walk the children in graphql-js's order, call the `leave` callbacks, restore
/// ``TypeInfo``. The walk stops as soon as the error limit is reached.
struct ValidationWalker {
    var context: ValidationContext
    var rules: [any ValidationRule]
    /// For each event (by bit position), the indices of the rules that implement it.
    private let table: [[Int]]

    init(context: ValidationContext, rules: [any ValidationRule]) {
        self.context = context
        self.rules = rules
        var table = Array(repeating: [Int](), count: ValidationEvents.count)
        for (index, rule) in rules.enumerated() {
            let events = rule.events.rawValue
            for bit in 0..<ValidationEvents.count where events & (1 << UInt32(bit)) != 0 {
                table[bit].append(index)
            }
        }
        self.table = table
    }

    private func interested(_ event: ValidationEvents) -> [Int] {
        table[event.rawValue.trailingZeroBitCount]
    }

    mutating func walk(_ document: Document) {
        for index in interested(.enterDocument) { rules[index].enterDocument(document, context: &context) }
        for definition in document.definitions {
            if context.isAborted { return }
            switch definition {
            case .operation(let operation): walk(operation)
            case .fragment(let fragment): walk(fragment)
            default: break
            }
        }
        if context.isAborted { return }
        for index in interested(.leaveDocument) { rules[index].leaveDocument(document, context: &context) }
    }

    private mutating func walk(_ operation: OperationDefinition) {
        context.currentOperationUsages = nil
        context.typeInfo.enterOperation(operation, schema: context.schema)
        for index in interested(.enterOperation) { rules[index].enterOperation(operation, context: &context) }
        for definition in operation.variableDefinitions {
            walk(definition)
        }
        let location: DirectiveLocation = switch operation.operation {
        case .query: .query
        case .mutation: .mutation
        case .subscription: .subscription
        }
        walk(operation.directives, at: location)
        walk(operation.selectionSet)
        for index in interested(.leaveOperation) { rules[index].leaveOperation(operation, context: &context) }
        context.typeInfo.leaveOperation()
        context.currentOperationUsages = nil
    }

    private mutating func walk(_ definition: VariableDefinition) {
        context.typeInfo.enterVariableDefinition(definition, schema: context.schema)
        for index in interested(.enterVariableDefinition) { rules[index].enterVariableDefinition(definition, context: &context) }
        if let value = definition.defaultValue { walk(value) }
        walk(definition.directives, at: .variableDefinition)
        for index in interested(.leaveVariableDefinition) { rules[index].leaveVariableDefinition(definition, context: &context) }
        context.typeInfo.leaveVariableDefinition()
    }

    private mutating func walk(_ fragment: FragmentDefinition) {
        context.typeInfo.enterFragment(typeCondition: fragment.typeCondition, schema: context.schema)
        for index in interested(.enterFragment) { rules[index].enterFragment(fragment, context: &context) }
        walk(fragment.directives, at: .fragmentDefinition)
        walk(fragment.selectionSet)
        for index in interested(.leaveFragment) { rules[index].leaveFragment(fragment, context: &context) }
        context.typeInfo.leaveFragment()
    }

    private mutating func walk(_ selectionSet: SelectionSet) {
        if context.isAborted { return }
        context.typeInfo.enterSelectionSet(schema: context.schema)
        for index in interested(.enterSelectionSet) { rules[index].enterSelectionSet(selectionSet, context: &context) }
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field): walk(field)
            case .fragmentSpread(let spread): walk(spread)
            case .inlineFragment(let fragment): walk(fragment)
            }
        }
        for index in interested(.leaveSelectionSet) { rules[index].leaveSelectionSet(selectionSet, context: &context) }
        context.typeInfo.leaveSelectionSet()
    }

    private mutating func walk(_ field: Field) {
        context.typeInfo.enterField(field, schema: context.schema)
        for index in interested(.enterField) { rules[index].enterField(field, context: &context) }
        for argument in field.arguments {
            walk(argument)
        }
        walk(field.directives, at: .field)
        if let selectionSet = field.selectionSet { walk(selectionSet) }
        for index in interested(.leaveField) { rules[index].leaveField(field, context: &context) }
        context.typeInfo.leaveField()
    }

    private mutating func walk(_ spread: FragmentSpread) {
        for index in interested(.enterFragmentSpread) { rules[index].enterFragmentSpread(spread, context: &context) }
        walk(spread.directives, at: .fragmentSpread)
    }

    private mutating func walk(_ fragment: InlineFragment) {
        context.typeInfo.enterFragment(typeCondition: fragment.typeCondition, schema: context.schema)
        for index in interested(.enterInlineFragment) { rules[index].enterInlineFragment(fragment, context: &context) }
        walk(fragment.directives, at: .inlineFragment)
        walk(fragment.selectionSet)
        for index in interested(.leaveInlineFragment) { rules[index].leaveInlineFragment(fragment, context: &context) }
        context.typeInfo.leaveFragment()
    }

    private mutating func walk(_ directives: [Directive], at location: DirectiveLocation) {
        guard !directives.isEmpty else { return }
        let outer = context.directiveLocation
        context.directiveLocation = location
        for directive in directives {
            context.typeInfo.enterDirective(directive, schema: context.schema)
            for index in interested(.enterDirective) { rules[index].enterDirective(directive, context: &context) }
            for argument in directive.arguments {
                walk(argument)
            }
            for index in interested(.leaveDirective) { rules[index].leaveDirective(directive, context: &context) }
            context.typeInfo.leaveDirective()
        }
        context.directiveLocation = outer
    }

    private mutating func walk(_ argument: Argument) {
        context.typeInfo.enterArgument(argument, schema: context.schema)
        for index in interested(.enterArgument) { rules[index].enterArgument(argument, context: &context) }
        walk(argument.value)
        for index in interested(.leaveArgument) { rules[index].leaveArgument(argument, context: &context) }
        context.typeInfo.leaveArgument()
    }

    private mutating func walk(_ value: ValueNode) {
        for index in interested(.enterValue) { rules[index].enterValue(value, context: &context) }
        switch value.kind {
        case .list(let items):
            for item in items {
                context.typeInfo.enterListItem()
                walk(item)
                context.typeInfo.leaveListItem()
            }
        case .object(let fields):
            for field in fields {
                context.typeInfo.enterObjectField(field, schema: context.schema)
                for index in interested(.enterObjectField) { rules[index].enterObjectField(field, context: &context) }
                walk(field.value)
                for index in interested(.leaveObjectField) { rules[index].leaveObjectField(field, context: &context) }
                context.typeInfo.leaveObjectField()
            }
        default:
            break
        }
        for index in interested(.leaveValue) { rules[index].leaveValue(value, context: &context) }
    }
}
