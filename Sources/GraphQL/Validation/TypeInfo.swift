/// What the schema says about the point of the document being walked: the type a selection set
/// applies to, the field being selected and its type, the input type a value must have, the
/// directive and argument being applied.
///
/// The validation walk keeps one ``TypeInfo`` up to date, entering and leaving nodes as it
/// descends, so that no rule has to look types up on its own. A lookup that fails (an unknown
/// field, type or argument) gives nil, and everything under it is nil too: the rule that owns
/// the failure reports it once, and the others stay silent rather than cascade.
///
/// Mirrors graphql-js's `TypeInfo`, except for one deliberate difference: when a list value is
/// entered, ``inputType`` is the list's type, not its item type (items get theirs when they are
/// entered).
package struct TypeInfo {
    private var typeStack: [TypeReference?] = []
    private var parentTypeStack: [NamedType?] = []
    private var fieldDefinitionStack: [FieldDefinition?] = []
    private var inputTypeStack: [TypeReference?] = []
    private var inputValueStack: [InputValueDefinition?] = []

    /// The directive being applied, nil outside directives and for an unknown directive.
    package private(set) var directive: DirectiveDefinition?
    /// Whether the walk is inside a directive's arguments (even of an unknown directive).
    package private(set) var isInDirective = false
    /// The definition of the argument being walked, nil outside arguments or when unknown.
    package private(set) var argument: InputValueDefinition?

    package init() {
        typeStack.reserveCapacity(16)
        parentTypeStack.reserveCapacity(16)
        fieldDefinitionStack.reserveCapacity(16)
    }

    /// The output type at this point: a field's declared type inside that field, an
    /// operation's root type, a fragment's type condition.
    package var type: TypeReference? { typeStack.last ?? nil }

    /// The composite type that the innermost selection set applies to.
    package var parentType: NamedType? { parentTypeStack.last ?? nil }

    /// The field being walked, nil when its parent type has no such field.
    package var fieldDefinition: FieldDefinition? { fieldDefinitionStack.last ?? nil }

    /// The input type the value being walked must have.
    package var inputType: TypeReference? { inputTypeStack.last ?? nil }

    /// The input type of the value that encloses the one being walked (an input object for an
    /// object field, a list for a list item).
    package var parentInputType: TypeReference? {
        inputTypeStack.count > 1 ? inputTypeStack[inputTypeStack.count - 2] : nil
    }

    /// The argument or input field whose value is being walked (nil for a list item or a
    /// variable's default value): its default value is what applies when a variable used here
    /// is not provided.
    package var inputValueDefinition: InputValueDefinition? { inputValueStack.last ?? nil }

    // MARK: - Meta-fields

    /// `__typename`, available on every composite type.
    package static let typeNameField = FieldDefinition(name: "__typename", type: .nonNull(.named("String")))
    /// `__schema`, available on the query root type only.
    package static let schemaField = FieldDefinition(name: "__schema", type: .nonNull(.named("__Schema")))
    /// `__type(name: String!)`, available on the query root type only.
    package static let typeField = FieldDefinition(
        name: "__type",
        arguments: [InputValueDefinition(name: "name", type: .nonNull(.named("String")))],
        type: .named("__Type")
    )

    /// The definition of the field `name` selected on `parentType`, meta-fields included.
    package static func fieldDefinition(named name: String, on parentType: NamedType, in schema: Schema) -> FieldDefinition? {
        if name.utf8.first == UInt8(ascii: "_") {
            if name == "__typename" { return parentType.isComposite ? typeNameField : nil }
            if name == "__schema" || name == "__type", parentType.name == schema.queryType {
                return name == "__schema" ? schemaField : typeField
            }
        }
        return parentType.field(named: name)
    }

    // MARK: - Entering and leaving

    mutating func enterOperation(_ operation: OperationDefinition, schema: Schema) {
        let root: TypeReference?
        switch operation.operation {
        case .query: root = .named(schema.queryType)
        case .mutation: root = schema.mutationType.map { .named($0) }
        case .subscription: root = schema.subscriptionType.map { .named($0) }
        }
        if let root, case .object? = schema.type(named: root.namedType) {
            typeStack.append(root)
        } else {
            typeStack.append(nil)
        }
    }

    mutating func leaveOperation() {
        typeStack.removeLast()
    }

    /// Enters a fragment definition or an inline fragment: the type condition, else the type of
    /// the enclosing selection.
    mutating func enterFragment(typeCondition: NamedTypeNode?, schema: Schema) {
        if let typeCondition {
            let name = typeCondition.name.value
            if let named = schema.type(named: name), named.isOutputType {
                typeStack.append(.named(name))
            } else {
                typeStack.append(nil)
            }
        } else {
            typeStack.append(type.map { .named($0.namedType) })
        }
    }

    mutating func leaveFragment() {
        typeStack.removeLast()
    }

    mutating func enterSelectionSet(schema: Schema) {
        if let type, let named = schema.type(named: type.namedType), named.isComposite {
            parentTypeStack.append(named)
        } else {
            parentTypeStack.append(nil)
        }
    }

    mutating func leaveSelectionSet() {
        parentTypeStack.removeLast()
    }

    mutating func enterField(_ field: Field, schema: Schema) {
        if let parentType, let definition = TypeInfo.fieldDefinition(named: field.name.value, on: parentType, in: schema) {
            fieldDefinitionStack.append(definition)
            let isOutput = schema.type(named: definition.type.namedType)?.isOutputType ?? false
            typeStack.append(isOutput ? definition.type : nil)
        } else {
            fieldDefinitionStack.append(nil)
            typeStack.append(nil)
        }
    }

    mutating func leaveField() {
        fieldDefinitionStack.removeLast()
        typeStack.removeLast()
    }

    mutating func enterDirective(_ directive: Directive, schema: Schema) {
        self.directive = schema.directive(named: directive.name.value)
        isInDirective = true
    }

    mutating func leaveDirective() {
        directive = nil
        isInDirective = false
    }

    mutating func enterArgument(_ argument: Argument, schema: Schema) {
        let definition: InputValueDefinition?
        if isInDirective {
            definition = directive?.arguments.first { $0.name == argument.name.value }
        } else {
            definition = fieldDefinition?.argument(named: argument.name.value)
        }
        self.argument = definition
        inputValueStack.append(definition)
        inputTypeStack.append(TypeInfo.inputType(definition?.type, schema: schema))
    }

    mutating func leaveArgument() {
        argument = nil
        inputValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    /// Enters a variable definition: its declared type is the input type of its default value.
    mutating func enterVariableDefinition(_ definition: VariableDefinition, schema: Schema) {
        inputValueStack.append(nil)
        inputTypeStack.append(TypeInfo.inputType(TypeReference(definition.type), schema: schema))
    }

    mutating func leaveVariableDefinition() {
        inputValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    /// Enters an item of a list value: the item type of the list (a single value where a list
    /// is expected is coerced to a list of one, so a non-list type stays as it is).
    mutating func enterListItem() {
        let itemType: TypeReference?
        switch inputType?.nullable {
        case .list(let inner)?: itemType = inner
        case let other: itemType = other
        }
        inputValueStack.append(nil)
        inputTypeStack.append(itemType)
    }

    mutating func leaveListItem() {
        inputValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    mutating func enterObjectField(_ field: ObjectFieldNode, schema: Schema) {
        var definition: InputValueDefinition?
        if let objectType = inputType, case .inputObject(let object)? = schema.type(named: objectType.namedType) {
            definition = object.field(named: field.name.value)
        }
        inputValueStack.append(definition)
        inputTypeStack.append(TypeInfo.inputType(definition?.type, schema: schema))
    }

    mutating func leaveObjectField() {
        inputValueStack.removeLast()
        inputTypeStack.removeLast()
    }

    /// The reference when it names an input type of the schema, else nil.
    private static func inputType(_ reference: TypeReference?, schema: Schema) -> TypeReference? {
        guard let reference, schema.type(named: reference.namedType)?.isInputType == true else { return nil }
        return reference
    }
}
