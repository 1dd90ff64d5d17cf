/// What the schema says about the point of the document being walked: the type a selection set
/// applies to, the field being selected and its type, the input type a value must have, the
/// directive and argument being applied.
///
/// The validation walk keeps one ``TypeInfo`` up to date, entering and leaving nodes as it
/// descends, so that no rule has to look types up on its own. A lookup that fails (an unknown
/// field, type or argument) gives nil, and everything under it is nil too: the rule that owns
/// the failure reports it once, and the others stay silent rather than cascade.
///
/// The stacks hold numbers into a ``SchemaIndex``, so entering and leaving a node costs no
/// reference counting and no hashing beyond the one lookup of a field's name. The accessors that
/// return a definition (``parentType``, ``fieldDefinition``, ``argument``, …) copy it out of the
/// index; the cheaper ones (``parentTypeName``, ``hasFieldDefinition``, ``typeKind``, …) suit
/// checks made at every field.
///
/// Mirrors graphql-js's `TypeInfo`, except for one deliberate difference: when a list value is
/// entered, ``inputType`` is the list's type, not its item type (items get theirs when they are
/// entered).
package struct TypeInfo {
    let index: SchemaIndex

    /// An output position: a named type (-1 for none) and, when the position is a field's, the
    /// field whose declared type (with its list and non-null wrappers) it is.
    private struct OutputSlot {
        var namedType: Int32
        var field: Int32
    }

    /// An input position: the expected type, its named type, and the argument or input field
    /// whose value it is (-1 for a list item or a variable's default value).
    private struct InputSlot {
        var type: TypeReference?
        var namedType: Int32
        var definition: Int32
    }

    private var typeStack: [OutputSlot] = []
    private var parentTypeStack: [Int32] = []
    private var fieldStack: [Int32] = []
    private var inputStack: [InputSlot] = []
    /// The number of ``directive`` in the ``SchemaIndex``, -1 outside directives and for an
    /// unknown directive.
    private(set) var directiveID: Int32 = -1
    private var argumentID: Int32 = -1

    /// Whether the walk is inside a directive's arguments (even of an unknown directive).
    package private(set) var isInDirective = false

    init(index: SchemaIndex) {
        self.index = index
        typeStack.reserveCapacity(32)
        parentTypeStack.reserveCapacity(32)
        fieldStack.reserveCapacity(32)
        inputStack.reserveCapacity(8)
    }

    // MARK: - Output positions

    /// The output type at this point: a field's declared type inside that field, an
    /// operation's root type, a fragment's type condition.
    package var type: TypeReference? {
        guard let slot = typeStack.last, slot.namedType >= 0 else { return nil }
        if slot.field >= 0 { return index.fieldDefinitions[Int(slot.field)].type }
        return .named(index.types[Int(slot.namedType)].name)
    }

    /// The kind of the named type of ``type``.
    package var typeKind: TypeKind? {
        guard let slot = typeStack.last, slot.namedType >= 0 else { return nil }
        return index.types[Int(slot.namedType)].kind
    }

    /// The composite type that the innermost selection set applies to.
    package var parentType: NamedType? {
        guard let id = parentTypeStack.last, id >= 0 else { return nil }
        return index.namedTypes[Int(id)]
    }

    /// The number of ``parentType`` in the ``SchemaIndex``, -1 when there is none.
    var parentTypeID: Int32 {
        parentTypeStack.last ?? -1
    }

    /// The name of ``parentType``, without copying the type.
    package var parentTypeName: String? {
        guard let id = parentTypeStack.last, id >= 0 else { return nil }
        return index.types[Int(id)].name
    }

    /// The kind of ``parentType``.
    package var parentTypeKind: TypeKind? {
        guard let id = parentTypeStack.last, id >= 0 else { return nil }
        return index.types[Int(id)].kind
    }

    /// The field being walked, nil when its parent type has no such field.
    package var fieldDefinition: FieldDefinition? {
        guard let id = fieldStack.last, id >= 0 else { return nil }
        return index.fieldDefinitions[Int(id)]
    }

    /// The number of ``fieldDefinition`` in the ``SchemaIndex``, -1 when unknown.
    var fieldID: Int32 {
        fieldStack.last ?? -1
    }

    /// Whether ``fieldDefinition`` is known, without copying it.
    package var hasFieldDefinition: Bool {
        (fieldStack.last ?? -1) >= 0
    }

    /// Whether ``fieldDefinition`` has an argument that must be given (non-null, no default).
    package var fieldHasRequiredArguments: Bool {
        guard let id = fieldStack.last, id >= 0 else { return false }
        return index.fields[Int(id)].hasRequiredArguments
    }

    // MARK: - Input positions

    /// The input type the value being walked must have.
    package var inputType: TypeReference? {
        inputStack.last?.type
    }

    /// The named type of ``inputType``, read from the index without hashing its name.
    package var inputNamedType: NamedType? {
        guard let named = inputStack.last?.namedType, named >= 0 else { return nil }
        return index.namedTypes[Int(named)]
    }

    /// The number of the named type of ``inputType`` in the ``SchemaIndex``, -1 when there is
    /// no input type; always a scalar, enum or input object when there is one.
    var inputNamedTypeID: Int32 {
        inputStack.last?.namedType ?? -1
    }

    /// The kind of the named type of ``inputType``, without copying the type.
    package var inputTypeKind: TypeKind? {
        guard let named = inputStack.last?.namedType, named >= 0 else { return nil }
        return index.types[Int(named)].kind
    }

    /// The input type of the value that encloses the one being walked (an input object for an
    /// object field, a list for a list item).
    package var parentInputType: TypeReference? {
        inputStack.count > 1 ? inputStack[inputStack.count - 2].type : nil
    }

    /// The argument or input field whose value is being walked (nil for a list item or a
    /// variable's default value): its default value is what applies when a variable used here
    /// is not provided.
    package var inputValueDefinition: InputValueDefinition? {
        guard let id = inputStack.last?.definition, id >= 0 else { return nil }
        return index.inputValueDefinitions[Int(id)]
    }

    /// Whether ``inputValueDefinition`` has a default value.
    package var inputValueHasDefault: Bool {
        guard let id = inputStack.last?.definition, id >= 0 else { return false }
        return index.inputValues[Int(id)].hasDefault
    }

    /// The directive being applied, nil outside directives and for an unknown directive.
    package var directive: DirectiveDefinition? {
        directiveID >= 0 ? index.directives[Int(directiveID)].definition : nil
    }

    /// Whether ``directive`` is known, without copying it.
    package var hasDirectiveDefinition: Bool {
        directiveID >= 0
    }

    /// The definition of the argument being walked, nil outside arguments or when unknown.
    package var argument: InputValueDefinition? {
        argumentID >= 0 ? index.inputValueDefinitions[Int(argumentID)] : nil
    }

    /// Whether ``argument`` is known, without copying it.
    package var hasArgumentDefinition: Bool {
        argumentID >= 0
    }

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

    // MARK: - Entering and leaving

    mutating func enterOperation(_ operation: OperationDefinition) {
        typeStack.append(OutputSlot(namedType: index.rootTypeID(for: operation.operation), field: -1))
    }

    mutating func leaveOperation() {
        typeStack.removeLast()
    }

    /// Enters a fragment definition or an inline fragment: the type condition, else the named
    /// type of the enclosing selection.
    mutating func enterFragment(typeCondition: NamedTypeNode?) {
        var named: Int32 = -1
        if let typeCondition {
            let id = index.typeID(named: typeCondition.name.value)
            if id >= 0, index.types[Int(id)].kind != .inputObject { named = id }
        } else {
            named = typeStack.last?.namedType ?? -1
        }
        typeStack.append(OutputSlot(namedType: named, field: -1))
    }

    mutating func leaveFragment() {
        typeStack.removeLast()
    }

    mutating func enterSelectionSet() {
        let named = typeStack.last?.namedType ?? -1
        parentTypeStack.append(named >= 0 && index.isComposite(named) ? named : -1)
    }

    mutating func leaveSelectionSet() {
        parentTypeStack.removeLast()
    }

    mutating func enterField(_ field: Field) {
        let parent = parentTypeStack.last ?? -1
        let id = parent >= 0 ? index.fieldID(named: field.name.value, on: parent) : -1
        fieldStack.append(id)
        if id >= 0 {
            let named = index.fields[Int(id)].namedType
            let isOutput = named >= 0 && index.types[Int(named)].kind != .inputObject
            typeStack.append(OutputSlot(namedType: isOutput ? named : -1, field: id))
        } else {
            typeStack.append(OutputSlot(namedType: -1, field: -1))
        }
    }

    mutating func leaveField() {
        fieldStack.removeLast()
        typeStack.removeLast()
    }

    mutating func enterDirective(_ directive: Directive) {
        directiveID = index.directiveID(named: directive.name.value)
        isInDirective = true
    }

    mutating func leaveDirective() {
        directiveID = -1
        isInDirective = false
    }

    mutating func enterArgument(_ argument: Argument) {
        var id: Int32 = -1
        if isInDirective {
            if directiveID >= 0 {
                id = index.argumentID(named: argument.name.value, in: index.directives[Int(directiveID)].arguments)
            }
        } else if let field = fieldStack.last, field >= 0 {
            id = index.argumentID(named: argument.name.value, in: index.fields[Int(field)].arguments)
        }
        argumentID = id
        pushInputValue(id)
    }

    mutating func leaveArgument() {
        argumentID = -1
        inputStack.removeLast()
    }

    /// Enters a variable definition: its declared type is the input type of its default value.
    mutating func enterVariableDefinition(_ definition: VariableDefinition) {
        let named = index.typeID(named: definition.type.namedType.name.value)
        if named >= 0, index.isInput(named) {
            inputStack.append(InputSlot(type: TypeReference(definition.type), namedType: named, definition: -1))
        } else {
            inputStack.append(InputSlot(type: nil, namedType: -1, definition: -1))
        }
    }

    mutating func leaveVariableDefinition() {
        inputStack.removeLast()
    }

    /// Enters an item of a list value: the item type of the list (a single value where a list
    /// is expected is coerced to a list of one, so a non-list type stays as it is).
    mutating func enterListItem() {
        guard let outer = inputStack.last, let type = outer.type else {
            inputStack.append(InputSlot(type: nil, namedType: -1, definition: -1))
            return
        }
        let itemType: TypeReference
        if case .list(let inner) = type.nullable { itemType = inner } else { itemType = type }
        inputStack.append(InputSlot(type: itemType, namedType: outer.namedType, definition: -1))
    }

    mutating func leaveListItem() {
        inputStack.removeLast()
    }

    mutating func enterObjectField(_ field: ObjectFieldNode) {
        let object = inputStack.last?.namedType ?? -1
        pushInputValue(object >= 0 ? index.inputFieldID(named: field.name.value, on: object) : -1)
    }

    mutating func leaveObjectField() {
        inputStack.removeLast()
    }

    /// Pushes the input position of an argument or input field (-1 when unknown).
    private mutating func pushInputValue(_ id: Int32) {
        guard id >= 0 else {
            inputStack.append(InputSlot(type: nil, namedType: -1, definition: -1))
            return
        }
        let named = index.inputValues[Int(id)].namedType
        if named >= 0, index.isInput(named) {
            inputStack.append(InputSlot(type: index.inputValues[Int(id)].type, namedType: named, definition: id))
        } else {
            inputStack.append(InputSlot(type: nil, namedType: -1, definition: id))
        }
    }
}
