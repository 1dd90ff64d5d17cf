import Testing

@testable import GraphQL

/// A document parsed and validated once is reused by later requests with the same text; a
/// document that fails is never remembered, and the cache stays within its bounds.
@Suite struct DocumentCacheTests {
    typealias H = ExecutionHarness

    static let schema = H.schema([
        H.object("Query", [
            H.field("echo", "String", args: [H.arg("text", "String")], .sync { _, arguments, _ in .leaf(arguments["text"] ?? .null) }),
        ]),
    ])

    /// Stores `text` parsed, and returns the plans the cache gave it.
    @discardableResult
    private static func store(_ text: String, in cache: DocumentCache) throws -> DocumentPlans? {
        let source = Source(text)
        return cache.store(source: source, document: try Parser.parse(source))
    }

    @Test func aValidDocumentIsPreparedOnceAndReusedWithItsOwnVariables() async throws {
        let engine = Engine(schema: Self.schema)
        let query = #"query Q($t: String) { echo(text: $t) }"#
        let first = try engine.prepare(query).get()
        let second = try engine.prepare(query).get()
        // The second answer is the cached entry: the very same source bytes' storage.
        #expect(first.source.bytes.withUnsafeBufferPointer { $0.baseAddress } == second.source.bytes.withUnsafeBufferPointer { $0.baseAddress })
        for text in ["one", "two"] {
            let response = await engine.execute(GraphQLRequest(query: query, variables: OrderedObject([("t", .string(text))])), context: UnrestrictedContext())
            #expect(response.data == .object(OrderedObject([("echo", .string(text))])))
        }
    }

    @Test func aDocumentThatFailsIsNotRememberedAndFailsEveryTime() async {
        let engine = Engine(schema: Self.schema)
        for _ in 0..<2 {
            let invalid = await engine.execute(GraphQLRequest(query: "{ nope }"), context: UnrestrictedContext())
            #expect(invalid.isRequestError)
            #expect(invalid.errors.map(\.code) == [.validationFailed])
            let unparsable = await engine.execute(GraphQLRequest(query: "{ echo("), context: UnrestrictedContext())
            #expect(unparsable.errors.map(\.code) == [.parseFailed])
        }
    }

    @Test func withCapacityZeroNothingIsKept() throws {
        let engine = Engine(schema: Self.schema, planCacheCapacity: 0)
        let first = try engine.prepare("{ echo }").get()
        let second = try engine.prepare("{ echo }").get()
        #expect(first.source.bytes.withUnsafeBufferPointer { $0.baseAddress } != second.source.bytes.withUnsafeBufferPointer { $0.baseAddress })
    }

    @Test func theOldestDocumentLeavesWhenTheCacheIsFull() throws {
        let cache = DocumentCache(capacity: 2)
        for text in ["{ a }", "{ b }", "{ c }"] { try Self.store(text, in: cache) }
        #expect(cache.entry(for: "{ a }") == nil)
        #expect(cache.entry(for: "{ b }") != nil)
        #expect(cache.entry(for: "{ c }") != nil)
    }

    @Test func aDocumentStoredTwiceKeepsOneStoreOfPlans() throws {
        let cache = DocumentCache(capacity: 2)
        let first = try #require(try Self.store("{ a }", in: cache))
        let second = try #require(try Self.store("{ a }", in: cache))
        #expect(first === second)
        #expect(cache.entry(for: "{ a }")?.plans === first)
    }

    @Test func aPreparedDocumentCarriesThePlansItsExecutionReuses() async throws {
        let engine = Engine(schema: Self.schema)
        let query = #"query Q($t: String) { echo(text: $t) }"#
        let prepared = try engine.prepare(query).get()
        let plans = try #require(prepared.plans)
        #expect(plans.entry(for: "Q") == nil)
        _ = await engine.execute(prepared, operationName: "Q", variables: OrderedObject([("t", .string("x"))]), context: UnrestrictedContext())
        let entry = try #require(plans.entry(for: "Q"))
        #expect(entry.plans.count == 1 && entry.passedGuards.count == 1)
        // The same text prepared again finds the same plans.
        #expect(try engine.prepare(query).get().plans === plans)
    }

    @Test func aDocumentLargerThanAQuarterOfTheBudgetIsNotKept() throws {
        let cache = DocumentCache(capacity: 8)
        let large = "{ " + String(repeating: "a ", count: cache.byteBudget / 8 + 1) + "}"
        // Only the text's size counts, so a small parsed document stands in for the large one.
        let plans = cache.store(source: Source(large), document: try Parser.parse(Source("{ a }")))
        #expect(plans == nil)
        #expect(cache.entry(for: large) == nil)
    }
}
