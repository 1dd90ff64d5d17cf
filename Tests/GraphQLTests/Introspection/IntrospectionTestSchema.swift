import GraphQL

/// Schemas assembled from the Type model, as the schema builder would make them from SDL, for
/// introspection and printer tests.
enum IntrospectionTestSchema {
    /// A coercion that passes values through: these tests never coerce.
    static let passthrough = ScalarCoercion(
        serialize: { $0 },
        parseValue: { $0 },
        parseLiteral: { _ in .null }
    )

    static let builtInScalars: [NamedType] = ["String", "Int", "Float", "Boolean", "ID"].map {
        .scalar(ScalarType(name: $0, coercion: passthrough))
    }

    /// Stand-ins for the built-in directives, in the order a builder might store them (not
    /// graphql-js's), so that ordering is tested.
    static let builtInDirectives: [DirectiveDefinition] = [
        DirectiveDefinition(name: "skip", arguments: [InputValueDefinition(name: "if", type: .nonNull(.named("Boolean")))], locations: [.field, .fragmentSpread, .inlineFragment]),
        DirectiveDefinition(name: "include", arguments: [InputValueDefinition(name: "if", type: .nonNull(.named("Boolean")))], locations: [.field, .fragmentSpread, .inlineFragment]),
        DirectiveDefinition(
            name: "deprecated",
            arguments: [InputValueDefinition(name: "reason", type: .named("String"), defaultValueNode: ValueNode(.string("No longer supported", block: false)), defaultValue: "No longer supported")],
            locations: [.fieldDefinition, .argumentDefinition, .inputFieldDefinition, .enumValue]
        ),
        DirectiveDefinition(name: "specifiedBy", arguments: [InputValueDefinition(name: "url", type: .nonNull(.named("String")))], locations: [.scalar]),
        DirectiveDefinition(name: "oneOf", locations: [.inputObject]),
    ]

    /// A schema of `types` (in SDL order) with the built-ins after them, as the builder stores it.
    static func make(
        description: String? = nil,
        query: String = "Query",
        mutation: String? = nil,
        subscription: String? = nil,
        types: [NamedType],
        directives: [DirectiveDefinition] = [],
        schemaDirectives: [Directive] = []
    ) -> Schema {
        Schema(
            description: description,
            queryType: query,
            mutationType: mutation,
            subscriptionType: subscription,
            types: types + builtInScalars + Introspection.types,
            directives: directives + builtInDirectives,
            schemaDirectives: schemaDirectives
        )
    }

    static func field(_ name: String, _ type: TypeReference, description: String? = nil, arguments: [InputValueDefinition] = [], deprecationReason: String? = nil, directives: [Directive] = []) -> FieldDefinition {
        FieldDefinition(name: name, description: description, arguments: arguments, type: type, deprecationReason: deprecationReason, directives: directives)
    }

    static func input(_ name: String, _ type: TypeReference, description: String? = nil, defaultValue: ValueNode? = nil, deprecationReason: String? = nil, directives: [Directive] = []) -> InputValueDefinition {
        InputValueDefinition(name: name, description: description, type: type, defaultValueNode: defaultValue, deprecationReason: deprecationReason, directives: directives)
    }

    static func id(nonNull: Bool = true) -> TypeReference { nonNull ? .nonNull(.named("ID")) : .named("ID") }

    /// The small schema of the introspection tests:
    ///
    /// ```graphql
    /// """Pets and the people who keep them."""
    /// schema { query: Query }
    /// directive @cached("Seconds to keep." ttl: Int = 60) repeatable on FIELD_DEFINITION | OBJECT
    /// type Query {
    ///   node(id: ID!): Node
    ///   people(filter: Filter = { limit: 5 }, choice: Choice): [Person!]!
    ///   color: Color
    ///   home: Url @cached
    /// }
    /// "Something with an id." interface Node { id: ID! }
    /// type Person implements Node @cached(ttl: 5) {
    ///   id: ID!
    ///   name(upper: Boolean = false, style: String @deprecated(reason: "Ignored.")): String
    ///   nickname: String @deprecated(reason: "Use name.")
    ///   pets: [Pet!]
    /// }
    /// type Dog implements Node { id: ID! barks: Boolean! }
    /// type Cat implements Node { id: ID! }
    /// union Pet = Dog | Cat
    /// enum Color { RED "Like grass." GREEN @deprecated }
    /// input Filter { color: Color = RED limit: Int = 10 old: String @deprecated(reason: "Unused.") }
    /// input Choice @oneOf { dog: ID person: ID }
    /// scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
    /// ```
    static let pets: Schema = make(
        description: "Pets and the people who keep them.",
        types: [
            .object(ObjectType(name: "Query", fields: [
                field("node", .named("Node"), arguments: [input("id", id())]),
                field("people", .nonNull(.list(.nonNull(.named("Person")))), arguments: [
                    input("filter", .named("Filter"), defaultValue: ValueNode(.object([ObjectFieldNode(name: Name("limit"), value: ValueNode(.int("5")))]))),
                    input("choice", .named("Choice")),
                ]),
                field("color", .named("Color")),
                field("home", .named("Url"), directives: [Directive(name: Name("cached"))]),
            ])),
            .interface(InterfaceType(name: "Node", description: "Something with an id.", fields: [field("id", id())])),
            .object(ObjectType(name: "Person", interfaces: ["Node"], fields: [
                field("id", id()),
                field("name", .named("String"), arguments: [
                    input("upper", .named("Boolean"), defaultValue: ValueNode(.boolean(false))),
                    input("style", .named("String"), deprecationReason: "Ignored."),
                ]),
                field("nickname", .named("String"), deprecationReason: "Use name."),
                field("pets", .list(.nonNull(.named("Pet")))),
            ], directives: [Directive(name: Name("cached"), arguments: [Argument(name: Name("ttl"), value: ValueNode(.int("5")))])])),
            .object(ObjectType(name: "Dog", interfaces: ["Node"], fields: [field("id", id()), field("barks", .nonNull(.named("Boolean")))])),
            .object(ObjectType(name: "Cat", interfaces: ["Node"], fields: [field("id", id())])),
            .union(UnionType(name: "Pet", members: ["Dog", "Cat"])),
            .enumeration(EnumType(name: "Color", values: [
                EnumValueDefinition(name: "RED"),
                EnumValueDefinition(name: "GREEN", description: "Like grass.", deprecationReason: "No longer supported"),
            ])),
            .inputObject(InputObjectType(name: "Filter", fields: [
                input("color", .named("Color"), defaultValue: ValueNode(.enumValue("RED"))),
                input("limit", .named("Int"), defaultValue: ValueNode(.int("10"))),
                input("old", .named("String"), deprecationReason: "Unused."),
            ])),
            .inputObject(InputObjectType(name: "Choice", fields: [input("dog", id(nonNull: false)), input("person", id(nonNull: false))], isOneOf: true)),
            .scalar(ScalarType(name: "Url", specifiedByURL: "https://url.spec.whatwg.org/", coercion: passthrough)),
        ],
        directives: [
            DirectiveDefinition(
                name: "cached",
                arguments: [input("ttl", .named("Int"), description: "Seconds to keep.", defaultValue: ValueNode(.int("60")))],
                locations: [.fieldDefinition, .object],
                isRepeatable: true
            )
        ]
    )

    /// ``pets`` as SDL, written as graphql-js's `printSchema` writes it (plus applied directives).
    static let petsSDL = #"""
        """Pets and the people who keep them."""
        schema {
          query: Query
        }

        directive @cached(
          """Seconds to keep."""
          ttl: Int = 60
        ) repeatable on FIELD_DEFINITION | OBJECT

        type Query {
          node(id: ID!): Node
          people(filter: Filter = { limit: 5 }, choice: Choice): [Person!]!
          color: Color
          home: Url @cached
        }

        """Something with an id."""
        interface Node {
          id: ID!
        }

        type Person implements Node @cached(ttl: 5) {
          id: ID!
          name(upper: Boolean = false, style: String @deprecated(reason: "Ignored.")): String
          nickname: String @deprecated(reason: "Use name.")
          pets: [Pet!]
        }

        type Dog implements Node {
          id: ID!
          barks: Boolean!
        }

        type Cat implements Node {
          id: ID!
        }

        union Pet = Dog | Cat

        enum Color {
          RED

          """Like grass."""
          GREEN @deprecated
        }

        input Filter {
          color: Color = RED
          limit: Int = 10
          old: String @deprecated(reason: "Unused.")
        }

        input Choice @oneOf {
          dog: ID
          person: ID
        }

        scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
        """#
}

extension IntrospectionTestSchema {
    /// `sdl` built by the schema builder, every field resolving to null.
    static func built(_ sdl: String, name: String = "test") throws -> Schema {
        try SchemaBuilder().build([SchemaFixtures.stubbed(name, sdl)])
    }
}
