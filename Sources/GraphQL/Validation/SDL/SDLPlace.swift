/// A place of the SDL that some rules check wherever it occurs: where directives are applied, or
/// a default value.
package enum SDLPlace: Sendable {
    case directives(DirectiveUsage)
    case defaultValue(SDLElement<ValueNode>)

    /// Every place of `documents`, in the order graphql-js's visitor meets them: a type's
    /// directives before its fields; a field's arguments (default value, then directives) before
    /// the field's directives. Executable definitions are skipped.
    static func all(in documents: [SDLDocument]) -> [SDLPlace] {
        var places: [SDLPlace] = []
        var counter = 0
        func add(_ location: DirectiveLocation, _ directives: [Directive], in element: SDLElement<some Sendable>, group: String? = nil) {
            counter += 1
            places.append(.directives(DirectiveUsage(location: location, directives: directives.map(element.child), group: group ?? "#\(counter)")))
        }
        func addInputValues(_ values: [InputValueDefinitionNode], _ location: DirectiveLocation, in element: SDLElement<some Sendable>) {
            for value in values {
                if let defaultValue = value.defaultValue { places.append(.defaultValue(element.child(defaultValue))) }
                add(location, value.directives, in: element)
            }
        }
        func addFields(_ fields: [FieldDefinitionNode], in element: SDLElement<some Sendable>) {
            for field in fields {
                addInputValues(field.arguments, .argumentDefinition, in: element)
                add(.fieldDefinition, field.directives, in: element)
            }
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
                        addFields(object.fields, in: definition)
                    case .interface(let interface):
                        add(.interface, interface.directives, in: definition, group: group)
                        addFields(interface.fields, in: definition)
                    case .union(let union):
                        add(.union, union.directives, in: definition, group: group)
                    case .enumeration(let enumeration):
                        add(.enumeration, enumeration.directives, in: definition, group: group)
                        for value in enumeration.values { add(.enumValue, value.directives, in: definition) }
                    case .inputObject(let inputObject):
                        add(.inputObject, inputObject.directives, in: definition, group: group)
                        addInputValues(inputObject.fields, .inputFieldDefinition, in: definition)
                    }
                case .directive(let node):
                    addInputValues(node.arguments, .argumentDefinition, in: definition)
                case .operation, .fragment:
                    continue
                }
            }
        }
        return places
    }
}
