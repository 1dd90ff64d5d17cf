/// Turning merged SDL definitions into the schema's types.
extension SchemaBuilder {
    /// The type a merged definition describes, without resolvers, scalar coercions or coerced
    /// default values (``wire(_:into:definitions:)`` and ``coerceDefaultValues(of:directives:)``
    /// add them). Of several fields, values or members of one name, the first is kept.
    func makeType(_ merged: MergedTypeDefinition) -> NamedType {
        let description = merged.definition.node.description?.value
        let directives = merged.directives.map(\.node)
        switch merged.kind {
        case .object:
            return .object(ObjectType(
                name: merged.name,
                description: description,
                interfaces: unique(merged.interfaces.map(\.node.name.value)),
                fields: makeFields(merged),
                directives: directives))
        case .interface:
            return .interface(InterfaceType(
                name: merged.name,
                description: description,
                interfaces: unique(merged.interfaces.map(\.node.name.value)),
                fields: makeFields(merged),
                directives: directives))
        case .union:
            return .union(UnionType(
                name: merged.name,
                description: description,
                members: unique(merged.members.map(\.node.name.value)),
                directives: directives))
        case .enumeration:
            var seen: Set<String> = []
            let values = merged.values.map(\.node).filter { seen.insert($0.name.value).inserted }.map { node in
                EnumValueDefinition(
                    name: node.name.value,
                    description: node.description?.value,
                    deprecationReason: AppliedDirectives.deprecationReason(node.directives),
                    directives: node.directives)
            }
            return .enumeration(EnumType(name: merged.name, description: description, values: values, directives: directives))
        case .inputObject:
            var seen: Set<String> = []
            let fields = merged.inputFields.map(\.node).filter { seen.insert($0.name.value).inserted }.map(makeInputValue)
            return .inputObject(InputObjectType(
                name: merged.name,
                description: description,
                fields: fields,
                isOneOf: AppliedDirectives.isOneOf(directives),
                directives: directives))
        case .scalar, .list, .nonNull:
            return .scalar(ScalarType(
                name: merged.name,
                description: description,
                specifiedByURL: AppliedDirectives.specifiedByURL(directives),
                coercion: .unavailable(merged.name),
                directives: directives))
        }
    }

    /// The fields of an object or interface, the first of each name.
    private func makeFields(_ merged: MergedTypeDefinition) -> [FieldDefinition] {
        var seen: Set<String> = []
        return merged.fields.map(\.node).filter { seen.insert($0.name.value).inserted }.map { node in
            let permission = AppliedDirectives.first(permissionDirective, in: node.directives).map { directive in
                FieldPermission(roles: AppliedDirectives.roles(of: directive), coordinate: "\(merged.name).\(node.name.value)")
            }
            return FieldDefinition(
                name: node.name.value,
                description: node.description?.value,
                arguments: uniqueInputValues(node.arguments),
                type: TypeReference(node.type),
                deprecationReason: AppliedDirectives.deprecationReason(node.directives),
                permission: permission,
                directives: node.directives)
        }
    }

    /// An argument or input field; its default is coerced later, once every type is known.
    func makeInputValue(_ node: InputValueDefinitionNode) -> InputValueDefinition {
        InputValueDefinition(
            name: node.name.value,
            description: node.description?.value,
            type: TypeReference(node.type),
            defaultValueNode: node.defaultValue,
            deprecationReason: AppliedDirectives.deprecationReason(node.directives),
            directives: node.directives)
    }

    /// A directive the SDL defines; locations that are not directive locations are left out
    /// (``DirectiveDefinitionsRule`` reports them).
    func makeDirective(_ node: DirectiveDefinitionNode) -> DirectiveDefinition {
        DirectiveDefinition(
            name: node.name.value,
            description: node.description?.value,
            arguments: uniqueInputValues(node.arguments),
            locations: node.locations.compactMap { DirectiveLocation(rawValue: $0.value) },
            isRepeatable: node.isRepeatable)
    }

    /// Sets the coerced `defaultValue` of every argument and input field whose default literal is
    /// valid for its type; invalid ones stay nil (``ValidDefaultValuesRule`` reports them).
    func coerceDefaultValues(of types: inout [NamedType], directives: inout [DirectiveDefinition]) {
        let coercion = ConstValueCoercion(types: Dictionary(types.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }))
        func coerced(_ values: [InputValueDefinition]) -> [InputValueDefinition] {
            values.map { value in
                guard value.defaultValue == nil, let node = value.defaultValueNode else { return value }
                var value = value
                let (defaultValue, failures) = coercion.coerce(node, to: value.type)
                if failures.isEmpty { value.defaultValue = defaultValue }
                return value
            }
        }
        func coercedFields(_ fields: [FieldDefinition]) -> [FieldDefinition] {
            fields.map { field in
                var field = field
                field.arguments = coerced(field.arguments)
                return field
            }
        }
        for index in types.indices {
            switch types[index] {
            case .object(var object):
                object.fields = coercedFields(object.fields)
                types[index] = .object(object)
            case .interface(var interface):
                interface.fields = coercedFields(interface.fields)
                types[index] = .interface(interface)
            case .inputObject(var inputObject):
                inputObject.fields = coerced(inputObject.fields)
                types[index] = .inputObject(inputObject)
            default:
                break
            }
        }
        for index in directives.indices {
            directives[index].arguments = coerced(directives[index].arguments)
        }
    }

    private func uniqueInputValues(_ nodes: [InputValueDefinitionNode]) -> [InputValueDefinition] {
        var seen: Set<String> = []
        return nodes.filter { seen.insert($0.name.value).inserted }.map(makeInputValue)
    }

    private func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
