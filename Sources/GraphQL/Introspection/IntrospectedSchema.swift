/// The source of `__Schema`: the schema being introspected, shared by every introspection source
/// made from it.
///
/// A class, not a struct, because an introspection query makes thousands of sources and each
/// holds the schema: a reference costs one retain where a copy of ``Schema`` costs one per
/// stored collection, and it keeps ``IntrospectedType`` small enough to live inline in the
/// executor's `any Sendable` without an allocation. It is immutable.
package final class IntrospectedSchema: Sendable {
    package let schema: Schema

    package init(_ schema: Schema) {
        self.schema = schema
    }

    /// The type named `name`: the schema's, or an introspection type when the schema was built
    /// without them (as in tests that assemble a ``Schema`` by hand).
    package func namedType(_ name: String) -> NamedType? {
        schema.type(named: name) ?? Introspection.typesByName[name]
    }

    /// What `__type(name:)` answers: the type only when graphql-js's type map would hold it, so
    /// a built-in scalar that nothing references is not there.
    package func visibleType(_ name: String) -> NamedType? {
        guard let type = namedType(name) else { return nil }
        if Introspection.specifiedScalarNames.contains(name) && !orderedTypeNames().contains(name) { return nil }
        return type
    }

    /// Every type `__Schema.types` lists, in the order graphql-js's `GraphQLSchema` builds its
    /// type map for a schema made from SDL.
    ///
    /// graphql-js takes the SDL's types in order and, for each, appends it followed by the
    /// built-in types it reaches first (depth first through interfaces, union members, field
    /// types then argument types, input field types); then it walks the root types, the
    /// directives' arguments and `__Schema`. So `String` appears right after the first type
    /// that uses it, built-in scalars that nothing uses are absent, and the introspection
    /// types come last. Computing this here keeps introspection identical to graphql-js
    /// whatever order the builder stored.
    package func orderedTypeNames() -> [String] {
        var collector = ReferencedTypeCollector(schema: self)
        let definedTypes = schema.typeNames.filter {
            !Introspection.specifiedScalarNames.contains($0) && !Introspection.isIntrospectionType($0)
        }
        collector.reserve(definedTypes)
        for name in definedTypes {
            collector.moveToEnd(name)
        }
        for root in [schema.queryType, schema.mutationType, schema.subscriptionType].compactMap({ $0 }) {
            collector.collect(root)
        }
        for directive in orderedDirectives() {
            for argument in directive.arguments {
                collector.collect(argument.type.namedType)
            }
        }
        collector.collect("__Schema")
        return collector.names
    }

    /// Every directive `__Schema.directives` lists, in graphql-js's order for a schema made from
    /// SDL: the SDL's own directives as defined, then the built-in ones in the order of
    /// graphql-js's `specifiedDirectives`.
    package func orderedDirectives() -> [DirectiveDefinition] {
        let custom = schema.directiveNames.filter { !Introspection.specifiedDirectiveNames.contains($0) }
        let builtIn = Introspection.specifiedDirectiveNames.filter { schema.directive(named: $0) != nil }
        return (custom + builtIn).compactMap { schema.directive(named: $0) }
    }
}

/// An insertion-ordered set of type names with graphql-js's `collectReferencedTypes` walk.
private struct ReferencedTypeCollector {
    let schema: IntrospectedSchema
    /// Names in insertion order; a removed name leaves a hole.
    private var slots: [String?] = []
    private var position: [String: Int] = [:]

    init(schema: IntrospectedSchema) {
        self.schema = schema
    }

    var names: [String] { slots.compactMap { $0 } }

    /// Adds names without walking them, as `new Set(config.types)` does.
    mutating func reserve(_ names: [String]) {
        for name in names where position[name] == nil {
            append(name)
        }
    }

    /// Removes `name` and adds it again at the end, with the types it reaches.
    mutating func moveToEnd(_ name: String) {
        if let index = position.removeValue(forKey: name) {
            slots[index] = nil
        }
        collect(name)
    }

    /// Adds `name` and, depth first, every type it reaches that is not yet there.
    mutating func collect(_ name: String) {
        guard position[name] == nil, let type = schema.namedType(name) else { return }
        append(name)
        switch type {
        case .union(let union):
            for member in union.members { collect(member) }
        case .object(let object):
            collectFields(interfaces: object.interfaces, fields: object.fields)
        case .interface(let interface):
            collectFields(interfaces: interface.interfaces, fields: interface.fields)
        case .inputObject(let input):
            for field in input.fields { collect(field.type.namedType) }
        case .scalar, .enumeration:
            break
        }
    }

    private mutating func collectFields(interfaces: [String], fields: [FieldDefinition]) {
        for interface in interfaces { collect(interface) }
        for field in fields {
            collect(field.type.namedType)
            for argument in field.arguments { collect(argument.type.namedType) }
        }
    }

    private mutating func append(_ name: String) {
        position[name] = slots.count
        slots.append(name)
    }
}
