import Foundation
import GraphQL
import Testing

@Suite struct ParserLimitsTests {
    /// `{ a { a { … } } }` with `depth` selection sets.
    private func nestedSelections(_ depth: Int) -> String {
        String(repeating: "{ a ", count: depth) + String(repeating: "}", count: depth)
    }

    @Test func defaultsAreTheDocumentedOnes() {
        #expect(ParserLimits.default == ParserLimits(maxBytes: 102_400, maxTokens: 15_000, maxDepth: 64))
        #expect(ParserLimits.unlimited.maxDepth == ParserLimits.depthCeiling)
    }

    @Test func rejectsADocumentOverTheByteLimit() throws {
        let text = "{ a }" + String(repeating: " ", count: 204_800 - 5)
        let error = try #require(LanguageHarness.parseError(text))
        #expect(error.message == "Document is 204800 bytes, over the limit of 102400.")
        #expect(error.code == .queryTooComplex)
        #expect(LanguageHarness.parseError("{ a }" + String(repeating: " ", count: 102_400 - 5)) == nil)
        #expect(LanguageHarness.parseError(text, limits: .unlimited) == nil)
    }

    @Test func rejectsADocumentWithTooManyTokens() throws {
        let limits = ParserLimits(maxTokens: 10)
        #expect(LanguageHarness.parseError("{ a b c d e f g h }", limits: limits) == nil)  // exactly 10
        let error = try #require(LanguageHarness.parseError("{ a b c d e f g h i }", limits: limits))
        #expect(error.message == "Document contains more than 10 tokens; parsing aborted.")
        #expect(error.locations == [SourceLocation(line: 1, column: 21)])
        #expect(error.code == .queryTooComplex)
    }

    @Test func theDefaultTokenLimitStopsAFlood() throws {
        let text = "{ " + String(repeating: "a ", count: 20_000) + "}"
        let error = try #require(LanguageHarness.parseError(text))
        #expect(error.message == "Document contains more than 15000 tokens; parsing aborted.")
    }

    @Test func rejectsSelectionSetsNestedPastTheDepthLimit() throws {
        #expect(LanguageHarness.parseError(nestedSelections(64)) == nil)
        let error = try #require(LanguageHarness.parseError(nestedSelections(65)))
        #expect(error.message == "Document nests deeper than 64 levels.")
        #expect(error.locations == [SourceLocation(line: 1, column: 4 * 64 + 1)])
        #expect(error.code == .queryTooComplex)
    }

    @Test func countsListsObjectsAndTypesTowardsTheDepth() throws {
        let limits = ParserLimits(maxDepth: 3)
        #expect(LanguageHarness.parseError("{ f(a: [[1]]) }", limits: limits) == nil)
        #expect(LanguageHarness.parseError("{ f(a: [[[1]]]) }", limits: limits)?.message == "Document nests deeper than 3 levels.")
        #expect(LanguageHarness.parseError("{ f(a: {b: {c: 1}}) }", limits: limits) == nil)
        #expect(LanguageHarness.parseError("{ f(a: {b: [{c: 1}]}) }", limits: limits)?.message == "Document nests deeper than 3 levels.")
        // The selection set counts as a level; a variable's type is outside it.
        #expect(LanguageHarness.parseError("query ($a: [[[Int!]!]]) { f }", limits: limits) == nil)
        #expect(LanguageHarness.parseError("query ($a: [[[[Int]]]]) { f }", limits: limits)?.message == "Document nests deeper than 3 levels.")
        #expect(LanguageHarness.parseError("type T { f: [[[Int]]] }", limits: limits) == nil)
        let typeError = LanguageHarness.parseError("type T { f: [[[[Int]]]] }", limits: limits)
        #expect(typeError?.message == "Document nests deeper than 3 levels.")
        #expect(typeError?.locations == [SourceLocation(line: 1, column: 17)])
    }

    @Test func deepNestingNeverOverflowsTheStackEvenWhenUnlimited() throws {
        let ceiling = ParserLimits.depthCeiling
        #expect(LanguageHarness.parseError(nestedSelections(ceiling), limits: .unlimited) == nil)
        let selections = try #require(LanguageHarness.parseError(nestedSelections(100_000), limits: .unlimited))
        #expect(selections.message == "Document nests deeper than \(ceiling) levels.")
        let lists = String(repeating: "[", count: 100_000)
        let listError = try #require(LanguageHarness.parseError("{ f(a: \(lists)) }", limits: .unlimited))
        #expect(listError.message == "Document nests deeper than \(ceiling) levels.")
        #expect(LanguageHarness.valueError(lists)?.message == "Document nests deeper than \(ceiling) levels.")
        let types = String(repeating: "[", count: 100_000)
        #expect(throws: GraphQLError.self) { try Parser.parseType(Source(types)) }
        let asked = ParserLimits(maxBytes: .max, maxTokens: .max, maxDepth: 1_000_000)
        #expect(LanguageHarness.parseError(nestedSelections(100_000), limits: asked)?.message == "Document nests deeper than \(ceiling) levels.")
    }

    @Test func deepNestingIsSafeOnASmallThreadStack() async throws {
        // Darwin gives secondary threads 512 KiB: parsing at the ceiling, and failing far past it,
        // must fit in that, in debug builds too.
        let text = nestedSelections(ParserLimits.depthCeiling) + " { " + String(repeating: "[", count: 10) + " }"
        let deep = nestedSelections(ParserLimits.depthCeiling)
        let parsed = await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let thread = Thread {
                continuation.resume(returning: LanguageHarness.parseError(deep, limits: .unlimited) == nil
                    && LanguageHarness.parseError(text, limits: .unlimited) != nil)
            }
            thread.stackSize = 512 * 1024
            thread.start()
        }
        #expect(parsed)
    }
}
