/// A directive definition lists only real directive locations; its arguments have input types
/// and, when required, are not deprecated; and it does not refer to itself, directly (applied
/// to one of its own arguments) or through the input types of its arguments.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Type-System.Directives.Validation
package struct DirectiveDefinitionsRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for name in context.definitions.directiveNames {
            guard let directive = context.definitions.directives[name] else { continue }
            for location in directive.node.locations where DirectiveLocation(rawValue: location.value) == nil {
                context.report("Directive \"@\(name)\" has an unknown location \"\(location.value)\".", at: [directive.at(location.location)])
            }
            for argument in directive.node.arguments {
                FieldDefinitionsRule.checkArgument(
                    argument, coordinate: "@\(name)(\(argument.name.value):)", at: argument.location, in: directive, &context)
            }
            if let path = selfReference(of: name, context) {
                context.report(
                    "Directive \"@\(name)\" must not reference itself, but its definition uses it through \(path.joined(separator: " → ")).",
                    at: [directive.at(directive.node.name.location)])
            }
        }
    }

    /// The path by which directive `name` is applied within its own definition, if it is.
    private func selfReference(of name: String, _ context: SDLValidationContext) -> [String]? {
        var visited: Set<String> = []
        guard let directive = context.definitions.directives[name] else { return nil }

        func searchArguments(_ arguments: [InputValueDefinitionNode], owner: String, path: [String]) -> [String]? {
            for argument in arguments {
                let here = path + ["\(owner)(\(argument.name.value):)"]
                if let found = searchDirectives(argument.directives, path: here) { return found }
                if let found = searchType(argument.type.namedType.name.value, path: here) { return found }
            }
            return nil
        }
        func searchDirectives(_ directives: [Directive], path: [String]) -> [String]? {
            for applied in directives {
                let appliedName = applied.name.value
                if appliedName == name { return path + ["@\(name)"] }
                guard visited.insert("@" + appliedName).inserted, let definition = context.definitions.directives[appliedName] else { continue }
                if let found = searchArguments(definition.node.arguments, owner: "@\(appliedName)", path: path + ["@\(appliedName)"]) { return found }
            }
            return nil
        }
        func searchType(_ typeName: String, path: [String]) -> [String]? {
            guard visited.insert(typeName).inserted, let type = context.definitions.types[typeName] else { return nil }
            let here = path + [typeName]
            if let found = searchDirectives(type.directives.map(\.node), path: here) { return found }
            for value in type.values {
                if let found = searchDirectives(value.node.directives, path: here + ["\(typeName).\(value.node.name.value)"]) { return found }
            }
            for field in type.inputFields {
                let fieldPath = here + ["\(typeName).\(field.node.name.value)"]
                if let found = searchDirectives(field.node.directives, path: fieldPath) { return found }
                if let found = searchType(field.node.type.namedType.name.value, path: fieldPath) { return found }
            }
            return nil
        }
        return searchArguments(directive.node.arguments, owner: "@\(name)", path: [])
    }
}
