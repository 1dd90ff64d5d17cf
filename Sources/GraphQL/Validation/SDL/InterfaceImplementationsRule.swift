/// An object or interface implements only interfaces, each once, never itself, and also every
/// interface those interfaces implement; and it has every field of each, with a type that is
/// the interface field's type or a subtype of it (covariance), every argument of the interface
/// field with the same type, and no extra required argument.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#IsValidImplementation()
package struct InterfaceImplementationsRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for type in context.definitions.orderedTypes where type.kind == .object || type.kind == .interface {
            guard let built = context.schema.type(named: type.name) else { continue }
            let declared = type.interfaces
            let declaredNames = Set(declared.map(\.node.name.value))
            var implemented: Set<String> = []
            for reference in declared {
                let name = reference.node.name.value
                guard let interfaceType = context.schema.type(named: name) else { continue }
                let nodes = Self.implementsNodes(of: type, naming: name)
                guard case .interface(let interface) = interfaceType else {
                    context.report("Type \(type.name) must only implement Interface types, it cannot implement \(name).", at: nodes)
                    continue
                }
                if name == type.name {
                    context.report("Type \(type.name) cannot implement itself because it would create a circular reference.", at: nodes)
                    continue
                }
                guard implemented.insert(name).inserted else {
                    context.report("Type \(type.name) can only implement \(name) once.", at: nodes)
                    continue
                }
                for transitive in interface.interfaces where !declaredNames.contains(transitive) {
                    let ancestorNodes = context.definitions.types[name].map { Self.implementsNodes(of: $0, naming: transitive) } ?? []
                    context.report(
                        transitive == type.name
                            ? "Type \(type.name) cannot implement \(name) because it would create a circular reference."
                            : "Type \(type.name) must implement \(transitive) because it is implemented by \(name).",
                        at: ancestorNodes + nodes)
                }
                checkFields(of: type, built: built, implementing: interface, &context)
            }
        }
    }

    private func checkFields(of type: MergedTypeDefinition, built: NamedType, implementing interface: InterfaceType, _ context: inout SDLValidationContext) {
        let interfaceDefinition = context.definitions.types[interface.name]
        for interfaceField in interface.fields {
            let fieldName = interfaceField.name
            let interfaceFieldNode = interfaceDefinition?.field(named: fieldName)
            guard let typeField = built.field(named: fieldName), let typeFieldNode = type.field(named: fieldName) else {
                context.report(
                    "Interface field \(interface.name).\(fieldName) expected but \(type.name) does not provide it.",
                    at: (interfaceFieldNode.map { [$0.at($0.node.location)] } ?? []) + type.locations)
                continue
            }
            if !context.schema.isTypeSubTypeOf(typeField.type, interfaceField.type) {
                context.report(
                    "Interface field \(interface.name).\(fieldName) expects type \(interfaceField.type) but \(type.name).\(fieldName) is type \(typeField.type).",
                    at: (interfaceFieldNode.map { [$0.at($0.node.type.location)] } ?? []) + [typeFieldNode.at(typeFieldNode.node.type.location)])
            }
            for interfaceArgument in interfaceField.arguments {
                let argumentName = interfaceArgument.name
                let interfaceArgumentNode = interfaceFieldNode?.node.arguments.first { $0.name.value == argumentName }
                guard let typeArgument = typeField.argument(named: argumentName),
                    let typeArgumentNode = typeFieldNode.node.arguments.first(where: { $0.name.value == argumentName })
                else {
                    context.report(
                        "Interface field argument \(interface.name).\(fieldName)(\(argumentName):) expected but \(type.name).\(fieldName) does not provide it.",
                        at: (interfaceArgumentNode.flatMap { node in interfaceFieldNode.map { $0.at(node.location) } }.map { [$0] } ?? [])
                            + [typeFieldNode.at(typeFieldNode.node.location)])
                    continue
                }
                if typeArgument.type != interfaceArgument.type {
                    context.report(
                        "Interface field argument \(interface.name).\(fieldName)(\(argumentName):) expects type \(interfaceArgument.type) but \(type.name).\(fieldName)(\(argumentName):) is type \(typeArgument.type).",
                        at: (interfaceArgumentNode.flatMap { node in interfaceFieldNode.map { $0.at(node.type.location) } }.map { [$0] } ?? [])
                            + [typeFieldNode.at(typeArgumentNode.type.location)])
                }
            }
            for typeArgument in typeField.arguments where interfaceField.argument(named: typeArgument.name) == nil {
                guard typeArgument.type.isNonNull, typeArgument.defaultValueNode == nil else { continue }
                let typeArgumentNode = typeFieldNode.node.arguments.first { $0.name.value == typeArgument.name }
                context.report(
                    "Object field \(type.name).\(fieldName) includes required argument \(typeArgument.name) that is missing from the Interface field \(interface.name).\(fieldName).",
                    at: (typeArgumentNode.map { [typeFieldNode.at($0.location)] } ?? []) + (interfaceFieldNode.map { [$0.at($0.node.location)] } ?? []))
            }
        }
    }

    /// Where `type` (its definition or an extension) declares that it implements `interface`.
    static func implementsNodes(of type: MergedTypeDefinition, naming interface: String) -> [SDLLocation] {
        type.interfaces.filter { $0.node.name.value == interface }.map { $0.at($0.node.location) }
    }
}
