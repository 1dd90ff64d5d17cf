/// The types every schema has besides those of the SDL.
extension SchemaBuilder {
    /// The built-in scalars, then the introspection types, in the order the built schema lists
    /// them after the SDL's types.
    static var builtInTypes: [NamedType] {
        builtInScalars.map(NamedType.scalar) + introspectionTypes
    }

    /// The names of ``builtInTypes``.
    package static var builtInTypeNames: Set<String> {
        Set(builtInTypes.map(\.name))
    }

    /// The names of the built-in directives.
    package static var builtInDirectiveNames: Set<String> {
        Set(DirectiveDefinition.builtIns.map(\.name))
    }

    /// The specification's five scalars.
    static var builtInScalars: [ScalarType] { ScalarType.builtIns }

    /// The introspection types, which come with their resolvers.
    static var introspectionTypes: [NamedType] { Introspection.types }
}
