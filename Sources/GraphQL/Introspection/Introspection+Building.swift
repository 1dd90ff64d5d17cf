/// The shorthands the introspection types are written with.
extension Introspection {
    static let stringType: TypeReference = .named("String")
    static let nonNullString: TypeReference = .nonNull(.named("String"))
    static let booleanType: TypeReference = .named("Boolean")
    static let nonNullBoolean: TypeReference = .nonNull(.named("Boolean"))
    static let typeReference: TypeReference = .named("__Type")
    static let nonNullType: TypeReference = .nonNull(.named("__Type"))

    /// `[Name!]` or, when `nonNull`, `[Name!]!`.
    static func listOf(_ name: String, nonNull: Bool = false) -> TypeReference {
        let list = TypeReference.list(.nonNull(.named(name)))
        return nonNull ? .nonNull(list) : list
    }

    /// An introspection field whose resolver reads a typed source synchronously.
    static func field<Source: Sendable>(
        _ name: String,
        _ type: TypeReference,
        description: String? = nil,
        arguments: [InputValueDefinition] = [],
        on _: Source.Type,
        _ body: @escaping @Sendable (Source, Arguments) -> FieldValue
    ) -> FieldDefinition {
        FieldDefinition(
            name: name,
            description: description,
            arguments: arguments,
            type: type,
            resolver: .sync(on: Source.self) { source, arguments, _ in body(source, arguments) }
        )
    }

    /// Keeps the items that are not deprecated, unless the caller asked for all of them.
    static func visible<Item>(_ items: [Item], _ arguments: Arguments, deprecationReason: (Item) -> String?) -> [Item] {
        includesDeprecated(arguments) ? items : items.filter { deprecationReason($0) == nil }
    }
}
