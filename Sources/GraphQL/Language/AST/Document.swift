/// A parsed GraphQL document: an executable request, type-system SDL, or a mix of both.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Document
package struct Document: Sendable, Hashable {
    package var definitions: [Definition]
    package var location: Location

    package init(definitions: [Definition], location: Location = .synthetic) {
        self.definitions = definitions
        self.location = location
    }

    /// The operations of the document, in order.
    package var operations: [OperationDefinition] {
        definitions.compactMap { if case .operation(let operation) = $0 { operation } else { nil } }
    }

    /// The fragments of the document, in order.
    package var fragments: [FragmentDefinition] {
        definitions.compactMap { if case .fragment(let fragment) = $0 { fragment } else { nil } }
    }

    /// The fragments by name, the first of each name (validation refuses a repeated one).
    ///
    /// Looks at each definition's case in place, so that a document of operations only, as most
    /// requests send, builds nothing and copies no operation out of its enum (``fragments``
    /// copies each definition to test its case).
    package var fragmentsByName: [String: FragmentDefinition] {
        var byName: [String: FragmentDefinition] = [:]
        for index in definitions.indices where definitions[index].isFragment {
            guard case .fragment(let fragment) = definitions[index], byName[fragment.name.value] == nil else { continue }
            byName[fragment.name.value] = fragment
        }
        return byName
    }
}

/// One top-level definition of a document.
///
/// Type extensions reuse the definition node of their kind (an `extend type` is a
/// ``ObjectTypeDefinitionNode`` under ``typeExtension(_:)``) with no description, since the grammar
/// of an extension is the grammar of its definition without one.
package enum Definition: Sendable, Hashable {
    case operation(OperationDefinition)
    case fragment(FragmentDefinition)
    case schema(SchemaDefinitionNode)
    case schemaExtension(SchemaDefinitionNode)
    case type(TypeDefinitionNode)
    case typeExtension(TypeDefinitionNode)
    case directive(DirectiveDefinitionNode)

    package var location: Location {
        switch self {
        case .operation(let node): node.location
        case .fragment(let node): node.location
        case .schema(let node), .schemaExtension(let node): node.location
        case .type(let node), .typeExtension(let node): node.location
        case .directive(let node): node.location
        }
    }

    /// Whether the definition belongs to the executable part of the language.
    package var isExecutable: Bool {
        switch self {
        case .operation, .fragment: true
        default: false
        }
    }
}

extension Definition {
    /// Reads the case only, so that asking copies nothing out of the enum.
    fileprivate var isFragment: Bool {
        if case .fragment = self { true } else { false }
    }
}
