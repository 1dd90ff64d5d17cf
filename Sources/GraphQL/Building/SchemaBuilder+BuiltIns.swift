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

    // INTEGRATION POINT: `ScalarType.builtIns` (Type/BuiltInScalars.swift, execution helper) is
    // not on main yet; these placeholders stand in for it until it is merged.
    static var builtInScalars: [ScalarType] { BuiltInPlaceholders.scalars }

    // INTEGRATION POINT: `Introspection.types` (Introspection/, introspection helper) is not on
    // main yet; the built schema has no introspection types until it is merged.
    static var introspectionTypes: [NamedType] { [] }
}
