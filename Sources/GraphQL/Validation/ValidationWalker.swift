/// The single traversal of a document that drives every rule (see ``ValidationRule``).
///
/// For each node: update ``TypeInfo``, call the `enter` callbacks of the rules that asked for
/// them, walk the children in graphql-js's order, call the `leave` callbacks, restore
/// ``TypeInfo``. The walk stops as soon as the error limit is reached.
struct ValidationWalker {
    var context: ValidationContext
    /// The rules, in memory the walker owns for the walk: a call through a pointer skips the
    /// uniqueness check an array makes before every mutation, which is most of the cost of
    /// calling a rule that has little to do.
    private let rules: UnsafeMutablePointer<any ValidationRule>
    /// ``ValidationDispatch/table`` and ``ValidationDispatch/bounds`` of the rules.
    private let table: [Int]
    private let bounds: [Int]

    /// Runs `body` with a walker over a copy of `rules`, released afterwards.
    static func withWalker<Result>(
        context: consuming ValidationContext,
        rules: [any ValidationRule],
        _ body: (inout ValidationWalker) -> Result
    ) -> Result {
        let storage = UnsafeMutablePointer<any ValidationRule>.allocate(capacity: max(rules.count, 1))
        storage.initialize(from: rules, count: rules.count)
        defer {
            storage.deinitialize(count: rules.count)
            storage.deallocate()
        }
        var walker = ValidationWalker(context: context, dispatch: .forRules(rules), storage: storage)
        return body(&walker)
    }

    private init(context: consuming ValidationContext, dispatch: ValidationDispatch, storage: UnsafeMutablePointer<any ValidationRule>) {
        self.context = context
        self.rules = storage
        self.table = dispatch.table
        self.bounds = dispatch.bounds
    }

    /// The positions in ``table`` of the rules that implement `event`.
    @inline(__always)
    private func interested(_ event: ValidationEvents) -> Range<Int> {
        let bit = event.rawValue.trailingZeroBitCount
        return bounds[bit]..<bounds[bit + 1]
    }

    mutating func walk(_ document: Document) {
        for slot in interested(.enterDocument) { rules[table[slot]].enterDocument(document, context: &context) }
        for (position, definition) in document.definitions.enumerated() {
            if context.isAborted { return }
            switch definition {
            case .operation(let operation): walk(operation)
            case .fragment(let fragment): walk(fragment, at: position)
            default: break
            }
        }
        if context.isAborted { return }
        for slot in interested(.leaveDocument) { rules[table[slot]].leaveDocument(document, context: &context) }
    }

    private mutating func walk(_ operation: OperationDefinition) {
        context.resetOperationUsages()
        context.recordedUsages.removeAll(keepingCapacity: true)
        context.recordedSpreads.removeAll(keepingCapacity: true)
        context.typeInfo.enterOperation(operation)
        for slot in interested(.enterOperation) { rules[table[slot]].enterOperation(operation, context: &context) }
        for definition in operation.variableDefinitions {
            walk(definition)
        }
        context.isRecordingUsages = true
        let location: DirectiveLocation = switch operation.operation {
        case .query: .query
        case .mutation: .mutation
        case .subscription: .subscription
        }
        walk(operation.directives, at: location)
        walk(operation.selectionSet)
        context.isRecordingUsages = false
        for slot in interested(.leaveOperation) { rules[table[slot]].leaveOperation(operation, context: &context) }
        context.typeInfo.leaveOperation()
        context.resetOperationUsages()
    }

    private mutating func walk(_ definition: VariableDefinition) {
        context.typeInfo.enterVariableDefinition(definition)
        for slot in interested(.enterVariableDefinition) { rules[table[slot]].enterVariableDefinition(definition, context: &context) }
        if let value = definition.defaultValue { walk(value) }
        walk(definition.directives, at: .variableDefinition)
        for slot in interested(.leaveVariableDefinition) { rules[table[slot]].leaveVariableDefinition(definition, context: &context) }
        context.typeInfo.leaveVariableDefinition()
    }

    private mutating func walk(_ fragment: FragmentDefinition, at position: Int) {
        context.recordedUsages.removeAll(keepingCapacity: true)
        context.recordedSpreads.removeAll(keepingCapacity: true)
        context.isRecordingUsages = true
        context.typeInfo.enterFragment(typeCondition: fragment.typeCondition)
        for slot in interested(.enterFragment) { rules[table[slot]].enterFragment(fragment, context: &context) }
        walk(fragment.directives, at: .fragmentDefinition)
        walk(fragment.selectionSet)
        context.isRecordingUsages = false
        if context.isEffectiveDefinition(fragment, at: position) {
            context.storeRecorded(ofFragmentNamed: fragment.name.value)
        }
        for slot in interested(.leaveFragment) { rules[table[slot]].leaveFragment(fragment, context: &context) }
        context.typeInfo.leaveFragment()
    }

    private mutating func walk(_ selectionSet: SelectionSet) {
        if context.isAborted { return }
        context.typeInfo.enterSelectionSet()
        for slot in interested(.enterSelectionSet) { rules[table[slot]].enterSelectionSet(selectionSet, context: &context) }
        let selections = selectionSet.selections
        for position in selections.indices {
            switch selections[position] {
            case .field(let field): walk(field)
            case .fragmentSpread(let spread): walk(spread)
            case .inlineFragment(let fragment): walk(fragment)
            }
        }
        for slot in interested(.leaveSelectionSet) { rules[table[slot]].leaveSelectionSet(selectionSet, context: &context) }
        context.typeInfo.leaveSelectionSet()
    }

    private mutating func walk(_ field: Field) {
        context.typeInfo.enterField(field)
        for slot in interested(.enterField) { rules[table[slot]].enterField(field, context: &context) }
        let arguments = field.arguments
        for position in arguments.indices {
            walk(arguments[position])
        }
        walk(field.directives, at: .field)
        if let selectionSet = field.selectionSet { walk(selectionSet) }
        for slot in interested(.leaveField) { rules[table[slot]].leaveField(field, context: &context) }
        context.typeInfo.leaveField()
    }

    private mutating func walk(_ spread: FragmentSpread) {
        let ordinal = context.fragmentOrdinal(named: spread.name.value)
        if ordinal >= 0 { context.recordedSpreads.append(ordinal) }
        context.spreadFragmentOrdinal = ordinal
        for slot in interested(.enterFragmentSpread) { rules[table[slot]].enterFragmentSpread(spread, context: &context) }
        walk(spread.directives, at: .fragmentSpread)
    }

    private mutating func walk(_ fragment: InlineFragment) {
        context.typeInfo.enterFragment(typeCondition: fragment.typeCondition)
        for slot in interested(.enterInlineFragment) { rules[table[slot]].enterInlineFragment(fragment, context: &context) }
        walk(fragment.directives, at: .inlineFragment)
        walk(fragment.selectionSet)
        for slot in interested(.leaveInlineFragment) { rules[table[slot]].leaveInlineFragment(fragment, context: &context) }
        context.typeInfo.leaveFragment()
    }

    private mutating func walk(_ directives: [Directive], at location: DirectiveLocation) {
        guard !directives.isEmpty else { return }
        let outer = context.directiveLocation
        context.directiveLocation = location
        for position in directives.indices {
            let directive = directives[position]
            context.typeInfo.enterDirective(directive)
            for slot in interested(.enterDirective) { rules[table[slot]].enterDirective(directive, context: &context) }
            let arguments = directive.arguments
            for position in arguments.indices {
                walk(arguments[position])
            }
            for slot in interested(.leaveDirective) { rules[table[slot]].leaveDirective(directive, context: &context) }
            context.typeInfo.leaveDirective()
        }
        context.directiveLocation = outer
    }

    private mutating func walk(_ argument: Argument) {
        context.typeInfo.enterArgument(argument)
        for slot in interested(.enterArgument) { rules[table[slot]].enterArgument(argument, context: &context) }
        walk(argument.value)
        for slot in interested(.leaveArgument) { rules[table[slot]].leaveArgument(argument, context: &context) }
        context.typeInfo.leaveArgument()
    }

    private mutating func walk(_ value: ValueNode) {
        for slot in interested(.enterValue) { rules[table[slot]].enterValue(value, context: &context) }
        switch value.kind {
        case .variable(let name):
            if context.isRecordingUsages {
                context.recordedUsages.append(VariableUsage(
                    name: name,
                    location: value.location,
                    type: context.typeInfo.inputType,
                    parentType: context.typeInfo.parentInputType,
                    hasLocationDefault: context.typeInfo.inputValueHasDefault
                ))
            }
        case .list(let items):
            for position in items.indices {
                let item = items[position]
                context.typeInfo.enterListItem()
                walk(item)
                context.typeInfo.leaveListItem()
            }
        case .object(let fields):
            for position in fields.indices {
                let field = fields[position]
                context.typeInfo.enterObjectField(field)
                for slot in interested(.enterObjectField) { rules[table[slot]].enterObjectField(field, context: &context) }
                walk(field.value)
                for slot in interested(.leaveObjectField) { rules[table[slot]].leaveObjectField(field, context: &context) }
                context.typeInfo.leaveObjectField()
            }
        default:
            break
        }
        for slot in interested(.leaveValue) { rules[table[slot]].leaveValue(value, context: &context) }
    }
}
