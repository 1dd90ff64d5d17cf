/// A named type as the SDL of every module defines it: its definition and the extensions of the
/// same kind, from whichever modules wrote them, in module order.
///
/// Every accessor keeps what the SDL wrote, duplicates included, so that the rules can point at
/// each occurrence; the builder keeps the first of each name.
package struct MergedTypeDefinition: Sendable {
    package var definition: SDLElement<TypeDefinitionNode>
    package var extensions: [SDLElement<TypeDefinitionNode>]

    package init(definition: SDLElement<TypeDefinitionNode>, extensions: [SDLElement<TypeDefinitionNode>] = []) {
        self.definition = definition
        self.extensions = extensions
    }

    package var name: String { definition.node.name.value }
    package var kind: TypeKind { definition.node.kind }

    /// The definition followed by its extensions.
    package var parts: [SDLElement<TypeDefinitionNode>] { [definition] + extensions }

    /// Where the definition and each extension start.
    package var locations: [SDLLocation] { parts.map { $0.at($0.node.location) } }

    /// Where the definition writes the type's name.
    package var nameLocation: SDLLocation { definition.at(definition.node.name.location) }

    /// The directives applied to the type, by the definition and then by each extension.
    package var directives: [SDLElement<Directive>] {
        parts.flatMap { part in part.node.directives.map(part.child) }
    }

    /// The fields of an object or interface.
    package var fields: [SDLElement<FieldDefinitionNode>] {
        parts.flatMap { part in part.node.fields.map(part.child) }
    }

    /// The interfaces an object or interface declares it implements.
    package var interfaces: [SDLElement<NamedTypeNode>] {
        parts.flatMap { part in part.node.interfaces.map(part.child) }
    }

    /// The member types of a union.
    package var members: [SDLElement<NamedTypeNode>] {
        parts.flatMap { part -> [SDLElement<NamedTypeNode>] in
            guard case .union(let node) = part.node else { return [] }
            return node.types.map(part.child)
        }
    }

    /// The values of an enum.
    package var values: [SDLElement<EnumValueDefinitionNode>] {
        parts.flatMap { part -> [SDLElement<EnumValueDefinitionNode>] in
            guard case .enumeration(let node) = part.node else { return [] }
            return node.values.map(part.child)
        }
    }

    /// The fields of an input object.
    package var inputFields: [SDLElement<InputValueDefinitionNode>] {
        parts.flatMap { part -> [SDLElement<InputValueDefinitionNode>] in
            guard case .inputObject(let node) = part.node else { return [] }
            return node.fields.map(part.child)
        }
    }

    /// The first field of that name.
    package func field(named name: String) -> SDLElement<FieldDefinitionNode>? {
        fields.first { $0.node.name.value == name }
    }

    /// The first input field of that name.
    package func inputField(named name: String) -> SDLElement<InputValueDefinitionNode>? {
        inputFields.first { $0.node.name.value == name }
    }
}
