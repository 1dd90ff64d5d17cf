/// One rule of the specification's "Validation" section, written as a visitor of the single
/// document walk that ``Validator`` makes.
///
/// ## Design
///
/// graphql-js validates a document with one traversal that carries type information
/// (`TypeInfo`) and dispatches every node to every rule in parallel; we do the same, because
/// 27 separate walks of a 10 KB document would cost more than the execution of most requests.
///
/// - A rule is a value type. Its stored properties are the state it needs while one document is
///   walked (names seen so far, a stack, …) and start empty. ``Validator`` copies the rules it is
///   given before a walk, so the rule values in ``SpecifiedRules/all`` are never changed and one
///   list serves every request at once.
/// - The walk (`ValidationWalker`) visits the executable definitions in document order and, for
///   each node, first updates ``TypeInfo`` (the parent type, field definition, input type, …)
///   then calls the rules' `enter…` callbacks, walks the children, calls the `leave…` callbacks
///   and finally restores ``TypeInfo``. The order of children is graphql-js's (a field's
///   arguments, then its directives, then its selection set), so errors come out in its order.
/// - A rule names the callbacks it implements in ``events``; the walker builds one list of rules
///   per event and calls only those, so a rule that looks at fragment spreads costs nothing on
///   fields. Every callback has an empty default implementation.
/// - Rules read ``ValidationContext/typeInfo`` and the schema, ask the context for whole-document
///   facts (fragments by name, the fragments an operation reaches, variable usages with their
///   expected types; computed once and shared by every rule) and report errors through
///   ``ValidationContext/report(_:at:)``.
///
/// What keeps validation cheap (in a release build, a 10 KB document of fragments validates in
/// about 250 µs with every rule, a 100-byte query in about 5 µs):
/// - ``TypeInfo`` holds numbers into a ``SchemaIndex`` built once per schema (an ``Engine`` keeps
///   one), so entering a field is a short scan of names and a few integer pushes, with no
///   reference counting; rules ask for the cheap facts (``TypeInfo/parentTypeName``,
///   ``TypeInfo/hasFieldDefinition``, ``TypeInfo/typeKind``) and copy a definition out only to
///   word an error.
/// - The walker records, as it goes, the variable usages (with their expected types) and the
///   fragment spreads of each definition, so the variable rules need no second walk; a fragment
///   defined after the operation that spreads it is looked at only if it uses variables.
/// - The rules sit in memory the walker owns for the walk and are called only for the events
///   they asked for (``ValidationDispatch``; made once for ``SpecifiedRules/all``).
/// - Names are looked up in ``NameTable``s (schema types, fields, directives, enum values, the
///   document's fragments), whose hash reads a name's bytes eight at a time.
/// - Rules that need whole-document facts first ask a cheap question that usually settles it:
///   ``ConflictFreeCheck`` clears most selection sets before any field is compared; the variable
///   rules share one match of usages with definitions per operation and ask for graphql-js's
///   order only to report; NoFragmentCycles searches the fragments' ordinals once for any cycle.
/// - Code that reads a node out of an array reads what it needs before making any call:
///   a call made while an enum payload is bound makes the compiler copy the whole node.
///
/// Type-system definitions (SDL) in an executable document are not walked: the
/// ``ExecutableDefinitionsRule`` reports each of them, and nothing else applies to them here.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Validation
package protocol ValidationRule: Sendable {
    /// The callbacks this rule implements. A callback left out of the set is never called.
    var events: ValidationEvents { get }

    mutating func enterDocument(_ document: Document, context: inout ValidationContext)
    mutating func leaveDocument(_ document: Document, context: inout ValidationContext)
    mutating func enterOperation(_ operation: OperationDefinition, context: inout ValidationContext)
    mutating func leaveOperation(_ operation: OperationDefinition, context: inout ValidationContext)
    mutating func enterFragment(_ fragment: FragmentDefinition, context: inout ValidationContext)
    mutating func leaveFragment(_ fragment: FragmentDefinition, context: inout ValidationContext)
    /// Called with ``TypeInfo/inputType`` set to the variable's declared type (nil when that is
    /// not a known input type). The default value, if any, is walked after this call.
    mutating func enterVariableDefinition(_ definition: VariableDefinition, context: inout ValidationContext)
    mutating func leaveVariableDefinition(_ definition: VariableDefinition, context: inout ValidationContext)
    /// Called with ``TypeInfo/parentType`` set to the composite type the selections apply to.
    mutating func enterSelectionSet(_ selectionSet: SelectionSet, context: inout ValidationContext)
    mutating func leaveSelectionSet(_ selectionSet: SelectionSet, context: inout ValidationContext)
    /// Called with ``TypeInfo/parentType`` (the type the field is selected on),
    /// ``TypeInfo/fieldDefinition`` and ``TypeInfo/type`` (the field's type) set.
    mutating func enterField(_ field: Field, context: inout ValidationContext)
    mutating func leaveField(_ field: Field, context: inout ValidationContext)
    mutating func enterFragmentSpread(_ spread: FragmentSpread, context: inout ValidationContext)
    /// Called with ``TypeInfo/type`` set to the type condition (or the enclosing type when the
    /// fragment has none) and ``TypeInfo/parentType`` still the enclosing type.
    mutating func enterInlineFragment(_ fragment: InlineFragment, context: inout ValidationContext)
    mutating func leaveInlineFragment(_ fragment: InlineFragment, context: inout ValidationContext)
    /// Called with ``TypeInfo/directive`` (nil for an unknown directive) and
    /// ``ValidationContext/directiveLocation`` set.
    mutating func enterDirective(_ directive: Directive, context: inout ValidationContext)
    mutating func leaveDirective(_ directive: Directive, context: inout ValidationContext)
    /// Called for the arguments of fields and of directives (``TypeInfo/isInDirective`` tells
    /// which), with ``TypeInfo/argument`` and ``TypeInfo/inputType`` set.
    mutating func enterArgument(_ argument: Argument, context: inout ValidationContext)
    mutating func leaveArgument(_ argument: Argument, context: inout ValidationContext)
    /// Called for every value node: argument values, default values, list items and object
    /// field values, outermost first. ``TypeInfo/inputType`` is the type this very value is
    /// expected to have (for a list, the list type; its items are entered with the item type)
    /// and ``TypeInfo/parentInputType`` the type of the enclosing value.
    mutating func enterValue(_ value: ValueNode, context: inout ValidationContext)
    mutating func leaveValue(_ value: ValueNode, context: inout ValidationContext)
    /// Called for each `name: value` of an input object literal, with ``TypeInfo/inputType`` set
    /// to the input field's type (nil when unknown) and ``TypeInfo/parentInputType`` to the
    /// object's type.
    mutating func enterObjectField(_ field: ObjectFieldNode, context: inout ValidationContext)
    mutating func leaveObjectField(_ field: ObjectFieldNode, context: inout ValidationContext)
}

extension ValidationRule {
    package mutating func enterDocument(_ document: Document, context: inout ValidationContext) {}
    package mutating func leaveDocument(_ document: Document, context: inout ValidationContext) {}
    package mutating func enterOperation(_ operation: OperationDefinition, context: inout ValidationContext) {}
    package mutating func leaveOperation(_ operation: OperationDefinition, context: inout ValidationContext) {}
    package mutating func enterFragment(_ fragment: FragmentDefinition, context: inout ValidationContext) {}
    package mutating func leaveFragment(_ fragment: FragmentDefinition, context: inout ValidationContext) {}
    package mutating func enterVariableDefinition(_ definition: VariableDefinition, context: inout ValidationContext) {}
    package mutating func leaveVariableDefinition(_ definition: VariableDefinition, context: inout ValidationContext) {}
    package mutating func enterSelectionSet(_ selectionSet: SelectionSet, context: inout ValidationContext) {}
    package mutating func leaveSelectionSet(_ selectionSet: SelectionSet, context: inout ValidationContext) {}
    package mutating func enterField(_ field: Field, context: inout ValidationContext) {}
    package mutating func leaveField(_ field: Field, context: inout ValidationContext) {}
    package mutating func enterFragmentSpread(_ spread: FragmentSpread, context: inout ValidationContext) {}
    package mutating func enterInlineFragment(_ fragment: InlineFragment, context: inout ValidationContext) {}
    package mutating func leaveInlineFragment(_ fragment: InlineFragment, context: inout ValidationContext) {}
    package mutating func enterDirective(_ directive: Directive, context: inout ValidationContext) {}
    package mutating func leaveDirective(_ directive: Directive, context: inout ValidationContext) {}
    package mutating func enterArgument(_ argument: Argument, context: inout ValidationContext) {}
    package mutating func leaveArgument(_ argument: Argument, context: inout ValidationContext) {}
    package mutating func enterValue(_ value: ValueNode, context: inout ValidationContext) {}
    package mutating func leaveValue(_ value: ValueNode, context: inout ValidationContext) {}
    package mutating func enterObjectField(_ field: ObjectFieldNode, context: inout ValidationContext) {}
    package mutating func leaveObjectField(_ field: ObjectFieldNode, context: inout ValidationContext) {}
}
