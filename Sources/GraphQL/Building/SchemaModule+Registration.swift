/// The builder-style registration methods that module files use.
///
/// Each method records what it registers; registering the same coordinate twice in one module is
/// remembered in ``SchemaModule/repeatedRegistrations`` and reported by ``SchemaBuilder/build(_:)``.
extension SchemaModule {
    /// Registers the resolver of `type.field`.
    package mutating func resolve(_ type: String, _ field: String, _ resolver: FieldResolver) {
        if resolvers[type]?[field] != nil { repeatedRegistrations.append("\(type).\(field)") }
        resolvers[type, default: [:]][field] = resolver
    }

    /// Registers several resolvers of one type at once.
    package mutating func resolve(_ type: String, _ fields: [String: FieldResolver]) {
        for (field, resolver) in fields.sorted(by: { $0.key < $1.key }) {
            resolve(type, field, resolver)
        }
    }

    /// Registers the resolvers of an object type whose values are `Source`s, through an
    /// ``ObjectResolvers`` that types each resolver's source.
    ///
    /// ```swift
    /// module.resolvers(for: "PageMeta", on: PageMeta.self) { meta in
    ///     meta.field("total") { .int($0.total) }
    ///     meta.field("page") { .int($0.page) }
    /// }
    /// ```
    package mutating func resolvers<Source: Sendable>(
        for type: String,
        on _: Source.Type,
        _ register: (inout ObjectResolvers<Source>) -> Void
    ) {
        var object = ObjectResolvers<Source>(typeName: type)
        register(&object)
        repeatedRegistrations += object.repeated.map { "\(type).\($0)" }
        for (field, resolver) in object.registered {
            resolve(type, field, resolver)
        }
    }

    /// Registers the coercion of a custom scalar that the SDL declares.
    package mutating func scalar(_ name: String, _ coercion: ScalarCoercion) {
        if scalars[name] != nil { repeatedRegistrations.append("scalar \(name)") }
        scalars[name] = coercion
    }

    /// Registers how to tell the object type of a value of an interface or union.
    package mutating func resolveType(_ abstractType: String, _ resolver: TypeResolver) {
        if typeResolvers[abstractType] != nil { repeatedRegistrations.append("type resolver \(abstractType)") }
        typeResolvers[abstractType] = resolver
    }

    /// Registers how to tell the object type of a value of an interface or union from a closure.
    package mutating func resolveType(_ abstractType: String, _ resolve: @escaping @Sendable (_ source: any Sendable) -> String?) {
        resolveType(abstractType, TypeResolver(resolve))
    }
}
