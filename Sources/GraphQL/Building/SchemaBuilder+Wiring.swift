/// Attaching each module's Swift code (resolvers, scalar coercions, type resolvers) to the types
/// the SDL defines, and reporting every registration that does not fit.
extension SchemaBuilder {
    typealias Problem = SchemaBuildError.Problem

    /// Wires `modules` into the SDL types of `types` and returns the problems: a field of an
    /// object type without a resolver (or with several), a custom scalar without a coercion,
    /// a registration for something the SDL does not define, a coordinate registered twice.
    /// Each problem points at the name of the type or field it concerns.
    ///
    /// Introspection and built-in types are not in `types` yet: they come with their own code.
    func wire(_ modules: [SchemaModule], into types: inout [NamedType], definitions: TypeSystemDefinitions) -> [Problem] {
        var problems: [Problem] = []
        for module in modules {
            for coordinate in module.repeatedRegistrations {
                problems.append(Problem("Module \"\(module.name)\" registers \(coordinate) more than once: the later registration would replace the earlier."))
            }
            problems += strayRegistrations(of: module, definitions: definitions)
        }
        for index in types.indices {
            let name = types[index].name
            guard let merged = definitions.types[name] else { continue }
            switch types[index] {
            case .object(var object):
                for fieldIndex in object.fields.indices {
                    let field = object.fields[fieldIndex].name
                    let providers = modules.filter { $0.resolvers[name]?[field] != nil }
                    let location = merged.field(named: field).map { $0.at($0.node.name.location) }
                    switch providers.count {
                    case 0:
                        problems.append(Problem("Field \"\(name).\(field)\" has no resolver.", locations: location.map { [$0] } ?? []))
                    case 1:
                        object.fields[fieldIndex].resolver = providers[0].resolvers[name]?[field]
                    default:
                        problems.append(Problem(
                            "Field \"\(name).\(field)\" has resolvers from several modules: \(Self.quotedList(providers.map(\.name))).",
                            locations: location.map { [$0] } ?? []))
                    }
                }
                types[index] = .object(object)
            case .scalar(var scalar):
                let providers = modules.filter { $0.scalars[name] != nil }
                switch providers.count {
                case 0:
                    problems.append(Problem(
                        "Scalar \"\(name)\" has no coercion: a module must register a ScalarCoercion for it.",
                        locations: [merged.nameLocation]))
                case 1:
                    if let coercion = providers[0].scalars[name] { scalar.coercion = coercion }
                default:
                    problems.append(Problem(
                        "Scalar \"\(name)\" has coercions from several modules: \(Self.quotedList(providers.map(\.name))).",
                        locations: [merged.nameLocation]))
                }
                types[index] = .scalar(scalar)
            case .interface(var interface):
                interface.resolveType = typeResolver(for: name, in: modules, merged: merged, problems: &problems)
                types[index] = .interface(interface)
            case .union(var union):
                union.resolveType = typeResolver(for: name, in: modules, merged: merged, problems: &problems)
                types[index] = .union(union)
            case .enumeration, .inputObject:
                break
            }
        }
        return problems
    }

    /// The one module's type resolver of an abstract type, if any; several is a problem.
    private func typeResolver(for name: String, in modules: [SchemaModule], merged: MergedTypeDefinition, problems: inout [Problem]) -> TypeResolver? {
        let providers = modules.filter { $0.typeResolvers[name] != nil }
        if providers.count > 1 {
            problems.append(Problem(
                "Type \"\(name)\" has type resolvers from several modules: \(Self.quotedList(providers.map(\.name))).",
                locations: [merged.nameLocation]))
        }
        return providers.first?.typeResolvers[name]
    }

    /// The registrations of `module` for types, fields or scalars that the SDL does not define,
    /// or that are of a kind that takes no such registration.
    private func strayRegistrations(of module: SchemaModule, definitions: TypeSystemDefinitions) -> [Problem] {
        var problems: [Problem] = []
        let by = "registered by module \"\(module.name)\""
        for typeName in module.resolvers.keys.sorted() {
            let fields = module.resolvers[typeName]?.keys.sorted() ?? []
            guard let merged = definitions.types[typeName] else {
                problems.append(Problem(unknownTypeMessage(typeName, registration: "resolvers", module: module, definitions: definitions, kinds: [.object])))
                continue
            }
            let location = [merged.nameLocation]
            switch merged.kind {
            case .object:
                let defined = merged.fields.map(\.node.name.value)
                for field in fields where !defined.contains(field) {
                    problems.append(Problem(
                        "Field \"\(typeName).\(field)\" has a resolver (\(by)) but no definition."
                            + SuggestionList.hint(for: field, among: defined),
                        locations: location))
                }
            case .interface:
                for field in fields {
                    problems.append(Problem(
                        "Field \"\(typeName).\(field)\" has a resolver (\(by)), but \"\(typeName)\" is an interface: interface fields take no resolver; register it on the object types that implement \"\(typeName)\".",
                        locations: location))
                }
            default:
                problems.append(Problem(
                    "Type \"\(typeName)\" has resolvers (\(by)), but it is \(merged.kind.withArticle), not an object type.",
                    locations: location))
            }
        }
        for scalarName in module.scalars.keys.sorted() {
            guard let merged = definitions.types[scalarName] else {
                problems.append(Problem(unknownTypeMessage(scalarName, registration: "a scalar coercion", module: module, definitions: definitions, kinds: [.scalar])))
                continue
            }
            if merged.kind != .scalar {
                problems.append(Problem(
                    "Type \"\(scalarName)\" has a scalar coercion (\(by)), but it is \(merged.kind.withArticle), not a scalar.",
                    locations: [merged.nameLocation]))
            }
        }
        for typeName in module.typeResolvers.keys.sorted() {
            guard let merged = definitions.types[typeName] else {
                problems.append(Problem(unknownTypeMessage(typeName, registration: "a type resolver", module: module, definitions: definitions, kinds: [.interface, .union])))
                continue
            }
            if merged.kind != .interface && merged.kind != .union {
                problems.append(Problem(
                    "Type \"\(typeName)\" has a type resolver (\(by)), but it is \(merged.kind.withArticle), not an interface or union.",
                    locations: [merged.nameLocation]))
            }
        }
        return problems
    }

    /// A registration for a type that no SDL defines: a built-in type, which comes with its own
    /// code, or a name that may be mistyped.
    private func unknownTypeMessage(_ name: String, registration: String, module: SchemaModule, definitions: TypeSystemDefinitions, kinds: Set<TypeKind>) -> String {
        let by = "registered by module \"\(module.name)\""
        if Self.builtInTypes.contains(where: { $0.name == name }) {
            return "Type \"\(name)\" has \(registration) (\(by)), but it is a built-in type, which comes with its own."
        }
        let candidates = definitions.orderedTypes.filter { kinds.contains($0.kind) }.map(\.name)
        return "Type \"\(name)\" has \(registration) (\(by)) but no definition." + SuggestionList.hint(for: name, among: candidates)
    }

    /// `"a", "b" and "c"`.
    static func quotedList(_ names: [String]) -> String {
        let quoted = names.map { "\"\($0)\"" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " and " + quoted[quoted.count - 1]
    }
}
