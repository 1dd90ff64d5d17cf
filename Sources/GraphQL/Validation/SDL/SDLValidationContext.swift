/// What the type-system rules read, and where they report.
///
/// The rules see both the SDL as written (``documents``, for locations and for what the merge
/// leaves out, such as a second definition of a name) and as built (``schema``, whose types
/// include the built-in scalars and introspection types).
package struct SDLValidationContext: Sendable {
    /// Every module's parsed SDL, in module order.
    package let documents: [SDLDocument]
    /// The same SDL merged across modules.
    package let definitions: TypeSystemDefinitions
    /// The schema built from the SDL, as well as the SDL allows.
    package let schema: Schema
    /// The name of the directive that restricts who may read a field.
    package let permissionDirective: String
    /// Every place in the SDL where directives are applied, in document order.
    package let directiveUsages: [DirectiveUsage]
    package private(set) var problems: [SchemaBuildError.Problem] = []

    package init(documents: [SDLDocument], definitions: TypeSystemDefinitions, schema: Schema, permissionDirective: String) {
        self.documents = documents
        self.definitions = definitions
        self.schema = schema
        self.permissionDirective = permissionDirective
        self.directiveUsages = DirectiveUsage.all(in: documents)
    }

    /// Records a problem at the given places.
    package mutating func report(_ message: String, at locations: [SDLLocation] = []) {
        problems.append(SchemaBuildError.Problem(message, locations: locations))
    }

    /// Every top-level definition of every document, in order.
    package var allDefinitions: [SDLElement<Definition>] {
        documents.flatMap(\.definitions)
    }

    /// Every type definition and type extension of every document, in order, duplicates and
    /// extensions of nothing included.
    package var allTypeNodes: [(element: SDLElement<TypeDefinitionNode>, isExtension: Bool)] {
        allDefinitions.compactMap { definition in
            switch definition.node {
            case .type(let node): (definition.child(node), false)
            case .typeExtension(let node): (definition.child(node), true)
            default: nil
            }
        }
    }

    /// Every directive definition of every document, in order, duplicates included.
    package var allDirectiveDefinitions: [SDLElement<DirectiveDefinitionNode>] {
        allDefinitions.compactMap { definition in
            if case .directive(let node) = definition.node { definition.child(node) } else { nil }
        }
    }

    /// Whether `name` is a built-in type (a built-in scalar or an introspection type) rather than
    /// one the SDL defines.
    package func isBuiltInType(_ name: String) -> Bool {
        definitions.types[name] == nil && schema.type(named: name) != nil
    }

    /// Whether `name` is a built-in directive.
    package func isBuiltInDirective(_ name: String) -> Bool {
        DirectiveDefinition.builtIns.contains { $0.name == name }
    }

    /// Coerces SDL literals with the schema's types.
    package var literalCoercion: ConstValueCoercion {
        ConstValueCoercion(types: schema.types)
    }
}

/// One place in the SDL where directives may be applied: a type (with its extensions), a field,
/// an argument, an enum value, an input field or the schema.
package struct DirectiveUsage: Sendable {
    /// The directive location the place is.
    package var location: DirectiveLocation
    /// The directives applied there.
    package var directives: [SDLElement<Directive>]
    /// Places with the same group count as one for "only once at this location": a type's
    /// definition and its extensions, or the schema and its extensions.
    package var group: String

    /// Every place of `documents` where directives are applied, even those without any.
    static func all(in documents: [SDLDocument]) -> [DirectiveUsage] {
        var usages: [DirectiveUsage] = []
        var counter = 0
        func add(_ location: DirectiveLocation, _ directives: [Directive], in element: SDLElement<some Sendable>, group: String? = nil) {
            counter += 1
            usages.append(DirectiveUsage(location: location, directives: directives.map(element.child), group: group ?? "#\(counter)"))
        }
        func addArguments(_ arguments: [InputValueDefinitionNode], in element: SDLElement<some Sendable>) {
            for argument in arguments { add(.argumentDefinition, argument.directives, in: element) }
        }
        for document in documents {
            for definition in document.definitions {
                switch definition.node {
                case .schema(let node), .schemaExtension(let node):
                    add(.schema, node.directives, in: definition, group: "schema")
                case .type(let node), .typeExtension(let node):
                    let group = "type \(node.name.value)"
                    switch node {
                    case .scalar(let scalar):
                        add(.scalar, scalar.directives, in: definition, group: group)
                    case .object(let object):
                        add(.object, object.directives, in: definition, group: group)
                        for field in object.fields {
                            add(.fieldDefinition, field.directives, in: definition)
                            addArguments(field.arguments, in: definition)
                        }
                    case .interface(let interface):
                        add(.interface, interface.directives, in: definition, group: group)
                        for field in interface.fields {
                            add(.fieldDefinition, field.directives, in: definition)
                            addArguments(field.arguments, in: definition)
                        }
                    case .union(let union):
                        add(.union, union.directives, in: definition, group: group)
                    case .enumeration(let enumeration):
                        add(.enumeration, enumeration.directives, in: definition, group: group)
                        for value in enumeration.values { add(.enumValue, value.directives, in: definition) }
                    case .inputObject(let inputObject):
                        add(.inputObject, inputObject.directives, in: definition, group: group)
                        for field in inputObject.fields { add(.inputFieldDefinition, field.directives, in: definition) }
                    }
                case .directive(let node):
                    addArguments(node.arguments, in: definition)
                case .operation, .fragment:
                    continue
                }
            }
        }
        return usages
    }
}
