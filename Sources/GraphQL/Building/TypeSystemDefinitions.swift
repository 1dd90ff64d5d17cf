/// The type-system definitions of every module's SDL, merged: each type with its extensions,
/// each directive, the schema definition and its extensions.
///
/// Merging tolerates every mistake, keeping the first of duplicate names and leaving out
/// extensions that extend nothing (or a type of another kind): the SDL rules report those, and
/// the rest of the build goes on so that one build reports every problem. Nothing of the SDL
/// replaces a built-in type or directive.
package struct TypeSystemDefinitions: Sendable {
    /// Every `schema { … }` definition (one is valid).
    package var schemaDefinitions: [SDLElement<SchemaDefinitionNode>] = []
    package var schemaExtensions: [SDLElement<SchemaDefinitionNode>] = []
    /// Defined type names in definition order, first module first.
    package var typeNames: [String] = []
    package var types: [String: MergedTypeDefinition] = [:]
    /// Defined directive names in definition order.
    package var directiveNames: [String] = []
    package var directives: [String: SDLElement<DirectiveDefinitionNode>] = [:]

    /// Merges `documents`, leaving out definitions that reuse the name of a built-in type or
    /// directive (the schema keeps the built-in one).
    package init(_ documents: [SDLDocument], builtInTypeNames: Set<String> = SchemaBuilder.builtInTypeNames, builtInDirectiveNames: Set<String> = SchemaBuilder.builtInDirectiveNames) {
        var extensions: [SDLElement<TypeDefinitionNode>] = []
        for document in documents {
            for element in document.definitions {
                switch element.node {
                case .schema(let node):
                    schemaDefinitions.append(element.child(node))
                case .schemaExtension(let node):
                    schemaExtensions.append(element.child(node))
                case .type(let node):
                    let name = node.name.value
                    guard types[name] == nil, !builtInTypeNames.contains(name) else { continue }
                    types[name] = MergedTypeDefinition(definition: element.child(node))
                    typeNames.append(name)
                case .typeExtension(let node):
                    extensions.append(element.child(node))
                case .directive(let node):
                    let name = node.name.value
                    guard directives[name] == nil, !builtInDirectiveNames.contains(name) else { continue }
                    directives[name] = element.child(node)
                    directiveNames.append(name)
                case .operation, .fragment:
                    continue
                }
            }
        }
        for element in extensions {
            let name = element.node.name.value
            guard types[name]?.kind == element.node.kind else { continue }
            types[name]?.extensions.append(element)
        }
    }

    /// The definitions and extensions of the schema, definitions first.
    package var schemaParts: [SDLElement<SchemaDefinitionNode>] {
        schemaDefinitions + schemaExtensions
    }

    /// The type each operation's root is, as the schema definition and its extensions name it
    /// (the first of each operation).
    package var explicitRootTypes: [OperationType: SDLElement<NamedTypeNode>] {
        var roots: [OperationType: SDLElement<NamedTypeNode>] = [:]
        for part in schemaParts {
            for operationType in part.node.operationTypes where roots[operationType.operation] == nil {
                roots[operationType.operation] = part.child(operationType.type)
            }
        }
        return roots
    }

    /// The root type names: those the schema definition and its extensions name or, without a
    /// schema definition, the types named Query, Mutation and Subscription that the SDL defines.
    package var rootTypeNames: [OperationType: String] {
        var roots: [OperationType: String] = [:]
        if schemaDefinitions.isEmpty {
            for operation in OperationType.allCases {
                let name = operation.rawValue.prefix(1).uppercased() + operation.rawValue.dropFirst()
                if types[name] != nil { roots[operation] = name }
            }
        }
        for (operation, type) in explicitRootTypes {
            roots[operation] = type.node.name.value
        }
        return roots
    }

    /// The types in definition order.
    package var orderedTypes: [MergedTypeDefinition] {
        typeNames.compactMap { types[$0] }
    }
}
