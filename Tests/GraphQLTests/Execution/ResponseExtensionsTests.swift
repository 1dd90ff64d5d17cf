import GraphQL
import Testing

/// Resolvers add notes to the response's top-level `extensions` through
/// ``ResolveContext/responseExtensions``; a response without notes has no `extensions` entry.
@Suite struct ResponseExtensionsTests {
    typealias H = ExecutionHarness

    /// `note(text)` appends `{text, path}` under `notes`, naming its own path by response key;
    /// `failAfterNote` appends and then throws; `quiet` appends nothing.
    private static let schema = H.schema(mutation: "Mutation", [
        H.object("Query", [
            H.field("quiet", "String", .sync { _, _, _ in .string("ok") }),
            H.field("note", "String", args: [H.arg("text", "String!")], .sync { _, arguments, context in
                let text = arguments.string("text") ?? ""
                context.responseExtensions.append(
                    .object(OrderedObject([("text", .string(text)), ("path", .list([.string(context.responseKey)]))])), to: "notes")
                return .string(text)
            }),
        ]),
        H.object("Mutation", [
            H.field("note", "String", args: [H.arg("text", "String!")], .async { _, arguments, context in
                let text = arguments.string("text") ?? ""
                context.responseExtensions.append(.string(text), to: "notes")
                return .string(text)
            }),
            H.field("other", "String", .async { _, _, context in
                context.responseExtensions.append(.int(1), to: "counts")
                return .string("other")
            }),
        ]),
    ])

    @Test func responseWithoutNotesHasNoExtensionsEntry() async {
        let json = await H.json(Self.schema, "{ quiet }")
        #expect(json == #"{"data":{"quiet":"ok"}}"#)
    }

    @Test func noteNamesItsAliasAsPath() async {
        let json = await H.json(Self.schema, #"{ first: note(text: "a") }"#)
        #expect(json == #"{"data":{"first":"a"},"extensions":{"notes":[{"text":"a","path":["first"]}]}}"#)
    }

    @Test func mutationNotesKeepDocumentOrderUnderEachKey() async {
        let response = await H.run(Self.schema, #"mutation { a: note(text: "1") other b: note(text: "2") }"#)
        #expect(response.extensions == OrderedObject([("notes", .list([.string("1"), .string("2")])), ("counts", .list([.int(1)]))]))
        #expect(response.errors.isEmpty)
    }

    @Test func eachRequestStartsWithoutNotes() async {
        let engine = Engine(schema: Self.schema)
        let first = await engine.execute(GraphQLRequest(query: #"{ note(text: "x") }"#), context: UnrestrictedContext())
        let second = await engine.execute(GraphQLRequest(query: #"{ note(text: "x") }"#), context: UnrestrictedContext())
        #expect(first.extensions?["notes"] == .list([.object(OrderedObject([("text", .string("x")), ("path", .list([.string("note")]))]))]))
        #expect(second.extensions == first.extensions)
    }

    @Test func collectorAppendsUnderSeveralKeys() {
        let collector = ResponseExtensions()
        #expect(collector.object == nil)
        collector.append(.string("w1"), to: "warnings")
        collector.append(.string("i1"), to: "info")
        collector.append(.string("w2"), to: "warnings")
        #expect(collector.object == OrderedObject([("warnings", .list([.string("w1"), .string("w2")])), ("info", .list([.string("i1")]))]))
    }
}
