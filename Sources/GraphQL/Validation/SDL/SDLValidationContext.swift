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
    /// Every place in the SDL where directives are applied and every default value, in the order
    /// graphql-js's visitor meets them.
    package let places: [SDLPlace]
    package private(set) var problems: [SchemaBuildError.Problem] = []

    package init(documents: [SDLDocument], definitions: TypeSystemDefinitions, schema: Schema, permissionDirective: String) {
        self.documents = documents
        self.definitions = definitions
        self.schema = schema
        self.permissionDirective = permissionDirective
        self.places = SDLPlace.all(in: documents)
    }

    /// Every place in the SDL where directives may be applied, in document order.
    package var directiveUsages: [DirectiveUsage] {
        places.compactMap { if case .directives(let usage) = $0 { usage } else { nil } }
    }

    /// Every literal of the SDL (directive arguments and default values), in document order.
    package var literals: [SDLElement<ValueNode>] {
        places.flatMap { place -> [SDLElement<ValueNode>] in
            switch place {
            case .directives(let usage): usage.directives.flatMap { directive in directive.node.arguments.map { directive.child($0.value) } }
            case .defaultValue(let value): [value]
            }
        }
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
