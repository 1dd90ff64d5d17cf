import GraphQL

/// The schemas the validation tests run against, written with a small builder so that they do
/// not depend on the SDL schema builder.
///
/// ``standard`` is graphql-js's validation test schema (Being, Mammal, Pet, Canine, Dog, Cat,
/// Human, Alien, CatOrDog, DogOrHuman, HumanOrAlien, ComplicatedArgs, ComplexInput, a `@oneOf`
/// input, QueryRoot) with the directives its rule tests use.
enum TestSchema {
    static let standard: Schema = {
        let name = field("name", "String", args: [arg("surname", "Boolean")])
        return make(
            query: "QueryRoot",
            types: [
                interface("Being", [name]),
                interface("Mammal", [field("mother", "Mammal"), field("father", "Mammal")]),
                interface("Pet", implements: ["Being"], [name]),
                interface("Canine", implements: ["Mammal", "Being"], [name, field("mother", "Canine"), field("father", "Canine")]),
                enumeration("DogCommand", ["SIT", "HEEL", "DOWN"]),
                object("Dog", implements: ["Being", "Pet", "Mammal", "Canine"], [
                    name,
                    field("nickname", "String"),
                    field("barkVolume", "Int"),
                    field("barks", "Boolean"),
                    field("doesKnowCommand", "Boolean", args: [arg("dogCommand", "DogCommand")]),
                    field("isHouseTrained", "Boolean", args: [arg("atOtherHomes", "Boolean", default: ValueNode(.boolean(true)))]),
                    field("isAtLocation", "Boolean", args: [arg("x", "Int"), arg("y", "Int")]),
                    field("mother", "Dog"),
                    field("father", "Dog"),
                ]),
                object("Cat", implements: ["Being", "Pet"], [
                    name,
                    field("nickname", "String"),
                    field("meows", "Boolean"),
                    field("meowsVolume", "Int"),
                    field("furColor", "FurColor"),
                ]),
                union("CatOrDog", ["Cat", "Dog"]),
                interface("Intelligent", [field("iq", "Int")]),
                object("Human", implements: ["Being", "Intelligent"], [
                    name,
                    field("pets", "[Pet]"),
                    field("relatives", "[Human]!"),
                    field("iq", "Int"),
                ]),
                object("Alien", implements: ["Being", "Intelligent"], [
                    name,
                    field("numEyes", "Int"),
                    field("iq", "Int"),
                ]),
                union("DogOrHuman", ["Dog", "Human"]),
                union("HumanOrAlien", ["Human", "Alien"]),
                enumeration("FurColor", ["BROWN", "BLACK", "TAN", "SPOTTED", "NO_FUR", "UNKNOWN"]),
                input("ComplexInput", [
                    arg("requiredField", "Boolean!"),
                    arg("nonNullField", "Boolean!", default: ValueNode(.boolean(false))),
                    arg("intField", "Int"),
                    arg("stringField", "String"),
                    arg("booleanField", "Boolean"),
                    arg("stringListField", "[String]"),
                ]),
                input("OneOfInput", oneOf: true, [arg("stringField", "String"), arg("intField", "Int")]),
                object("ComplicatedArgs", [
                    field("intArgField", "String", args: [arg("intArg", "Int")]),
                    field("nonNullIntArgField", "String", args: [arg("nonNullIntArg", "Int!")]),
                    field("stringArgField", "String", args: [arg("stringArg", "String")]),
                    field("booleanArgField", "String", args: [arg("booleanArg", "Boolean")]),
                    field("enumArgField", "String", args: [arg("enumArg", "FurColor")]),
                    field("floatArgField", "String", args: [arg("floatArg", "Float")]),
                    field("idArgField", "String", args: [arg("idArg", "ID")]),
                    field("stringListArgField", "String", args: [arg("stringListArg", "[String]")]),
                    field("stringListNonNullArgField", "String", args: [arg("stringListNonNullArg", "[String!]")]),
                    field("complexArgField", "String", args: [arg("complexArg", "ComplexInput")]),
                    field("oneOfArgField", "String", args: [arg("oneOfArg", "OneOfInput")]),
                    field("multipleReqs", "String", args: [arg("req1", "Int!"), arg("req2", "Int!")]),
                    field("nonNullFieldWithDefault", "String", args: [arg("arg", "Int!", default: ValueNode(.int("0")))]),
                    field("multipleOpts", "String", args: [
                        arg("opt1", "Int", default: ValueNode(.int("0"))),
                        arg("opt2", "Int", default: ValueNode(.int("0"))),
                    ]),
                    field("multipleOptAndReq", "String", args: [
                        arg("req1", "Int!"),
                        arg("req2", "Int!"),
                        arg("opt1", "Int", default: ValueNode(.int("0"))),
                        arg("opt2", "Int", default: ValueNode(.int("0"))),
                    ]),
                ]),
                object("QueryRoot", [
                    field("human", "Human", args: [arg("id", "ID")]),
                    field("alien", "Alien"),
                    field("dog", "Dog"),
                    field("cat", "Cat"),
                    field("pet", "Pet"),
                    field("catOrDog", "CatOrDog"),
                    field("dogOrHuman", "DogOrHuman"),
                    field("humanOrAlien", "HumanOrAlien"),
                    field("complicatedArgs", "ComplicatedArgs"),
                ]),
            ],
            directives: [
                directive("onQuery", [.query]),
                directive("onMutation", [.mutation]),
                directive("onSubscription", [.subscription]),
                directive("onField", [.field]),
                directive("onFragmentDefinition", [.fragmentDefinition]),
                directive("onFragmentSpread", [.fragmentSpread]),
                directive("onInlineFragment", [.inlineFragment]),
                directive("onVariableDefinition", [.variableDefinition]),
                directive("repeatable", [.field], repeatable: true),
            ]
        )
    }()

    // MARK: - Building

    /// A schema with the built-in scalars and directives besides `types` and `directives`.
    static func make(
        query: String,
        mutation: String? = nil,
        subscription: String? = nil,
        types: [NamedType],
        directives: [DirectiveDefinition] = []
    ) -> Schema {
        let definedNames = Set(types.map(\.name))
        let scalars = ScalarType.builtIns.filter { !definedNames.contains($0.name) }.map(NamedType.scalar)
        return Schema(
            queryType: query,
            mutationType: mutation,
            subscriptionType: subscription,
            types: types + scalars + Introspection.types,
            directives: directives + builtInDirectives
        )
    }

    static func object(_ name: String, implements interfaces: [String] = [], _ fields: [FieldDefinition]) -> NamedType {
        .object(ObjectType(name: name, interfaces: interfaces, fields: fields))
    }

    static func interface(_ name: String, implements interfaces: [String] = [], _ fields: [FieldDefinition]) -> NamedType {
        .interface(InterfaceType(name: name, interfaces: interfaces, fields: fields))
    }

    static func union(_ name: String, _ members: [String]) -> NamedType {
        .union(UnionType(name: name, members: members))
    }

    static func enumeration(_ name: String, _ values: [String]) -> NamedType {
        .enumeration(EnumType(name: name, values: values.map { EnumValueDefinition(name: $0) }))
    }

    static func input(_ name: String, oneOf: Bool = false, _ fields: [InputValueDefinition]) -> NamedType {
        .inputObject(InputObjectType(name: name, fields: fields, isOneOf: oneOf))
    }

    static func scalar(_ name: String) -> NamedType {
        .scalar(ScalarType(name: name, coercion: ScalarCoercion(
            serialize: { $0 },
            parseValue: { $0 },
            parseLiteral: { _ in .null }
        )))
    }

    static func field(_ name: String, _ type: String, args: [InputValueDefinition] = []) -> FieldDefinition {
        FieldDefinition(name: name, arguments: args, type: reference(type))
    }

    static func arg(_ name: String, _ type: String, default value: ValueNode? = nil) -> InputValueDefinition {
        InputValueDefinition(name: name, type: reference(type), defaultValueNode: value)
    }

    static func directive(_ name: String, _ locations: [DirectiveLocation], args: [InputValueDefinition] = [], repeatable: Bool = false) -> DirectiveDefinition {
        DirectiveDefinition(name: name, arguments: args, locations: locations, isRepeatable: repeatable)
    }

    /// Reads a type reference as SDL writes it: `Name`, `[Type]`, `Type!`.
    static func reference(_ text: String) -> TypeReference {
        if text.hasSuffix("!") { return .nonNull(reference(String(text.dropLast()))) }
        if text.hasPrefix("[") { return .list(reference(String(text.dropFirst().dropLast()))) }
        return .named(text)
    }

    /// `@skip`, `@include`, `@deprecated`, `@specifiedBy`, `@oneOf`.
    static let builtInDirectives: [DirectiveDefinition] = [
        directive("skip", [.field, .fragmentSpread, .inlineFragment], args: [arg("if", "Boolean!")]),
        directive("include", [.field, .fragmentSpread, .inlineFragment], args: [arg("if", "Boolean!")]),
        directive(
            "deprecated",
            [.fieldDefinition, .argumentDefinition, .inputFieldDefinition, .enumValue],
            args: [arg("reason", "String", default: ValueNode(.string("No longer supported", block: false)))]
        ),
        directive("specifiedBy", [.scalar], args: [arg("url", "String!")]),
        directive("oneOf", [.inputObject]),
    ]
}
