import GraphQL
import Testing

/// Plans are reused by later requests of the same document; results must not depend on whether
/// a plan was made now or by an earlier request with other variables.
@Suite struct PlanCacheTests {
    typealias H = ExecutionHarness

    private struct Dog: Sendable { let name: String }
    private struct Cat: Sendable { let name: String }

    static let schema = H.schema([
        H.object("Query", [
            H.field("pet", "Pet", args: [H.arg("kind", "String!")], .sync { _, arguments, _ in
                arguments.string("kind") == "cat" ? .object(Cat(name: "Tom"), typeName: "Cat") : .object(Dog(name: "Rex"), typeName: "Dog")
            }),
            H.field("echo", "String", args: [H.arg("text", "String")], .sync { _, arguments, _ in .leaf(arguments["text"] ?? .null) }),
        ]),
        .union(UnionType(name: "Pet", members: ["Dog", "Cat"])),
        H.object("Dog", [H.field("name", "String!", .sync(on: Dog.self) { dog, _, _ in .string(dog.name) }), H.constant("barks", "Boolean", .bool(true))]),
        H.object("Cat", [H.field("name", "String!", .sync(on: Cat.self) { cat, _, _ in .string(cat.name) }), H.constant("meows", "Boolean", .bool(true))]),
    ])

    private static func json(_ engine: Engine, _ query: String, _ variables: Value? = nil) async -> String {
        let response = await engine.execute(GraphQLRequest(query: query, variables: variables?.objectValue), context: UnrestrictedContext())
        return String(decoding: response.jsonBytes(), as: UTF8.self)
    }

    @Test func argumentsWithVariablesAreCoercedPerRequest() async {
        let engine = Engine(schema: Self.schema)
        let query = #"query Q($t: String) { a: echo(text: $t) b: echo(text: "fixed") }"#
        #expect(await Self.json(engine, query, ["t": "one"]) == #"{"data":{"a":"one","b":"fixed"}}"#)
        #expect(await Self.json(engine, query, ["t": "two"]) == #"{"data":{"a":"two","b":"fixed"}}"#)
        #expect(await Self.json(engine, query) == #"{"data":{"a":null,"b":"fixed"}}"#)
    }

    @Test func skipAndIncludeConditionsKeepTheirOwnPlans() async {
        let engine = Engine(schema: Self.schema)
        let query = #"query Q($on: Boolean!) { echo(text: "x") @include(if: $on) ...F } fragment F on Query { b: echo(text: "y") @skip(if: $on) }"#
        for _ in 0..<2 {
            #expect(await Self.json(engine, query, ["on": true]) == #"{"data":{"echo":"x"}}"#)
            #expect(await Self.json(engine, query, ["on": false]) == #"{"data":{"b":"y"}}"#)
        }
    }

    @Test func aRuntimeTypeMetLaterExtendsTheSharedPlans() async {
        let engine = Engine(schema: Self.schema)
        let query = "query Q($kind: String!) { pet(kind: $kind) { __typename ... on Dog { name barks } ... on Cat { name meows } } }"
        #expect(await Self.json(engine, query, ["kind": "dog"]) == #"{"data":{"pet":{"__typename":"Dog","name":"Rex","barks":true}}}"#)
        #expect(await Self.json(engine, query, ["kind": "cat"]) == #"{"data":{"pet":{"__typename":"Cat","name":"Tom","meows":true}}}"#)
        #expect(await Self.json(engine, query, ["kind": "dog"]) == #"{"data":{"pet":{"__typename":"Dog","name":"Rex","barks":true}}}"#)
    }

    @Test func operationsOfOneDocumentHaveTheirOwnPlans() async {
        let engine = Engine(schema: Self.schema)
        let document = #"query A { echo(text: "a") } query B { echo(text: "b") }"#
        for _ in 0..<2 {
            let a = await engine.execute(GraphQLRequest(query: document, operationName: "A"), context: UnrestrictedContext())
            let b = await engine.execute(GraphQLRequest(query: document, operationName: "B"), context: UnrestrictedContext())
            #expect(a.data == ["echo": "a"])
            #expect(b.data == ["echo": "b"])
        }
    }

    @Test func concurrentRequestsShareThePlansSafely() async {
        let engine = Engine(schema: Self.schema)
        let query = "query Q($kind: String!, $t: String, $on: Boolean!) { pet(kind: $kind) { ... on Dog { name } ... on Cat { meows } } echo(text: $t) @include(if: $on) }"
        await withTaskGroup(of: Bool.self) { group in
            for index in 0..<200 {
                group.addTask {
                    let cat = index % 3 == 0
                    let on = index % 2 == 0
                    let json = await Self.json(engine, query, ["kind": .string(cat ? "cat" : "dog"), "t": .string("n\(index)"), "on": .bool(on)])
                    let pet = cat ? #"{"meows":true}"# : #"{"name":"Rex"}"#
                    let echo = on ? #","echo":"n\#(index)""# : ""
                    return json == #"{"data":{"pet":\#(pet)\#(echo)}}"#
                }
            }
            for await matched in group { #expect(matched) }
        }
    }

    @Test func aZeroCapacityPlansEveryRequestAfresh() async {
        let engine = Engine(schema: Self.schema, planCacheCapacity: 0)
        for text in ["a", "b"] {
            #expect(await Self.json(engine, #"{ echo(text: "\#(text)") }"#) == #"{"data":{"echo":"\#(text)"}}"#)
        }
    }
}
