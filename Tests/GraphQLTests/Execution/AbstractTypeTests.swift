import GraphQL
import Testing

@Suite struct AbstractTypeTests {
    typealias H = ExecutionHarness

    private struct Dog: Sendable { let name: String; let barks: Bool }
    private struct Cat: Sendable { let name: String; let meows: Bool }
    private struct Fish: Sendable { let name: String }

    private static let petTypes: [NamedType] = [
        .interface(InterfaceType(name: "Pet", fields: [H.field("name", "String!")], resolveType: TypeResolver { source in
            switch source {
            case is Dog: "Dog"
            case is Cat: "Cat"
            case is Fish: "Fish"
            default: nil
            }
        })),
        H.object("Dog", implements: ["Pet"], [
            H.field("name", "String!", .sync(on: Dog.self) { dog, _, _ in .string(dog.name) }),
            H.field("barks", "Boolean!", .sync(on: Dog.self) { dog, _, _ in .bool(dog.barks) }),
        ]),
        H.object("Cat", implements: ["Pet"], [
            H.field("name", "String!", .sync(on: Cat.self) { cat, _, _ in .string(cat.name) }),
            H.field("meows", "Boolean!", .sync(on: Cat.self) { cat, _, _ in .bool(cat.meows) }),
        ]),
        H.object("Fish", [H.field("name", "String!", .sync(on: Fish.self) { fish, _, _ in .string(fish.name) })]),
        .union(UnionType(name: "CatOrDog", members: ["Cat", "Dog"])),
    ]

    static let schema = H.schema([
        H.object("Query", [
            H.constant("pets", "[Pet]", .list([.object(Dog(name: "Rex", barks: true)), .object(Cat(name: "Tom", meows: false))])),
            H.constant("named", "[CatOrDog]", .list([.object(Cat(name: "Tom", meows: true), typeName: "Cat"), .object(Dog(name: "Rex", barks: false), typeName: "Dog")])),
            H.constant("unnamed", "CatOrDog", .object(Cat(name: "Tom", meows: true))),
            H.constant("wrong", "CatOrDog", .object(Fish(name: "Nemo"), typeName: "Fish")),
            H.constant("ghost", "CatOrDog", .object(Fish(name: "Nemo"), typeName: "Ghost")),
            H.constant("fishPet", "Pet", .object(Fish(name: "Nemo"))),
        ]),
    ] + petTypes)

    @Test func interfacesResolveTheirRuntimeTypeThroughTheTypeResolver() async {
        let json = await H.json(Self.schema, "{ pets { __typename name ... on Dog { barks } ... on Cat { meows } } }")
        #expect(json == #"{"data":{"pets":[{"__typename":"Dog","name":"Rex","barks":true},{"__typename":"Cat","name":"Tom","meows":false}]}}"#)
    }

    @Test func unionsTakeTheTypeNameTheResolverGives() async {
        let json = await H.json(Self.schema, "{ named { __typename ... on Cat { name meows } ...D } } fragment D on Dog { barks }")
        #expect(json == #"{"data":{"named":[{"__typename":"Cat","name":"Tom","meows":true},{"__typename":"Dog","barks":false}]}}"#)
    }

    @Test func fragmentsOnTheInterfaceApplyToEveryImplementation() async {
        let json = await H.json(Self.schema, "{ pets { ... on Pet { name } } }")
        #expect(json == #"{"data":{"pets":[{"name":"Rex"},{"name":"Tom"}]}}"#)
    }

    @Test func withoutTypeNameOrTypeResolverItIsAFieldError() async {
        let response = await H.run(Self.schema, "{ unnamed { __typename } }")
        #expect(response.data == ["unnamed": nil])
        #expect(response.errors.map(\.message) == [
            #"Abstract type "CatOrDog" must resolve to an Object type at runtime for field "Query.unnamed". Either the resolver should name the type with FieldValue.object(_:typeName:) or "CatOrDog" should have a TypeResolver."#,
        ])
        #expect(response.errors.first?.code == .internalServerError)
    }

    @Test func aRuntimeTypeOutsideTheAbstractTypeIsAFieldError() async {
        let response = await H.run(Self.schema, "{ wrong { __typename } ghost { __typename } fishPet { name } }")
        #expect(response.data == ["wrong": nil, "ghost": nil, "fishPet": nil])
        #expect(response.errors.map(\.message) == [
            #"Runtime Object type "Fish" is not a possible type for "CatOrDog"."#,
            #"Abstract type "CatOrDog" was resolved to a type "Ghost" that does not exist inside the schema."#,
            #"Runtime Object type "Fish" is not a possible type for "Pet"."#,
        ])
        #expect(response.errors.map(\.path) == [["wrong"], ["ghost"], ["fishPet"]])
    }

    @Test func typeNameOnRootAndNestedObjects() async {
        #expect(await H.json(Self.schema, "{ __typename t: __typename }") == #"{"data":{"__typename":"Query","t":"Query"}}"#)
    }
}
