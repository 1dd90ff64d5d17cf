import Foundation
import GraphQL
import Testing

/// Documents with thousands of fields or fragments: the rule must give the right answer on them
/// without comparing every pair (these tests assert the answers; timings are measured by hand
/// and by the benchmarks).
extension OverlappingFieldsCanBeMergedRuleTests {
    /// `{ dog { <selections> } }` followed by `fragments`, as one query text: line 1 is `{`,
    /// the selections start on line 3, and the fragments follow them after two lines.
    static func dogQuery(_ selections: [String], fragments: [String] = []) -> String {
        "{\n  dog {\n" + selections.map { "    " + $0 + "\n" }.joined() + "  }\n}\n" + fragments.joined(separator: "\n")
    }

    /// The rule's errors for a document beyond the parser's default limits (the rule itself has
    /// none), with the processor time the validation took printed for the record.
    static func largeDocumentErrors(_ query: String, _ name: String = #function) throws -> [ExpectedError] {
        let source = Source(query)
        let document = try Parser.parse(source, limits: .unlimited)
        // The walk itself (type information for every node) costs the same with any rule.
        var start = threadCPUTime()
        _ = Validator.validate(document, source: source, schema: TestSchema.standard, rules: [])
        let walk = (threadCPUTime() - start) * 1_000
        start = threadCPUTime()
        let errors = Validator.validate(document, source: source, schema: TestSchema.standard, rules: [OverlappingFieldsCanBeMergedRule()])
        let total = (threadCPUTime() - start) * 1_000
        print("OverlappingFieldsCanBeMergedRule \(name): \(source.bytes.count) bytes, \(errors.count) errors, "
            + "\(Int(total.rounded())) ms CPU, of which the walk \(Int(walk.rounded())) ms")
        return errors.map(ExpectedError.init)
    }

    /// The processor time of the calling thread, in seconds: unlike the wall clock, it does not
    /// count the time other processes take from a busy machine.
    static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    @Test func acceptsFiveThousandDistinctFields() throws {
        let query = Self.dogQuery((0..<5_000).map { "f\($0): name" })
        #expect(try Self.largeDocumentErrors(query) == [])
    }

    @Test func acceptsThreeThousandRepeatedFields() throws {
        let query = Self.dogQuery(Array(repeating: "name", count: 3_000))
        #expect(try Self.largeDocumentErrors(query) == [])
    }

    @Test func reportsOnceAConflictWithThreeThousandRepeatedFields() throws {
        // graphql-js would report the conflict once per copy of `name`; the copies are one field.
        let query = Self.dogQuery(Array(repeating: "name", count: 3_000) + ["name: nickname"])
        #expect(try Self.largeDocumentErrors(query) == [
            ExpectedError(Self.conflict("name", #""name" and "nickname" are different fields"#), (3, 5), (3_003, 5)),
        ])
    }

    @Test func acceptsThreeThousandRepeatedFieldsWithSubSelections() throws {
        let query = "{\n" + String(repeating: "  dog { name mother { name barkVolume } }\n", count: 3_000) + "}"
        #expect(try Self.largeDocumentErrors(query) == [])
    }

    @Test func acceptsThreeThousandDistinctFieldsWithOneResponseName() throws {
        // Each `dog` differs from every other, so none is a copy of another, yet all merge.
        let query = "{\n" + (0..<3_000).map { "  dog { name a\($0): barkVolume }\n" }.joined() + "}"
        #expect(try Self.largeDocumentErrors(query) == [])
    }

    @Test func findsAConflictAmongThreeThousandDistinctFieldsWithOneResponseName() throws {
        // The last `dog` conflicts with each of the others, as graphql-js reports; only those
        // 3,000 pairs are compared, not all 4.5 million, and validation stops at 100 errors.
        let query = "{\n" + (0..<3_000).map { "  dog { name a\($0): barkVolume }\n" }.joined()
            + "  dog { name: nickname }\n}"
        let errors = try Self.largeDocumentErrors(query)
        #expect(errors.count == 101)
        #expect(errors.first == ExpectedError(
            Self.conflict("dog", #"subfields "name" conflict because "name" and "nickname" are different fields"#),
            (2, 3), (2, 9), (3_002, 3), (3_002, 9)
        ))
        #expect(errors.last == ExpectedError("Too many validation errors, error limit reached. Validation aborted."))
    }

    @Test func refusesADocumentThatWouldTakeTooManyComparisons() throws {
        // Each `catOrDog` reuses `name` for two fields on exclusive types, which is allowed, but
        // every pair of the 700 must then be compared to know it: past the budget, the rule
        // refuses the document rather than let it through unchecked.
        let query = "{\n" + (0..<700).map { "  catOrDog { ... on Dog { name } ... on Cat { name: nickname } a\($0): __typename }\n" }.joined() + "}"
        #expect(try Self.largeDocumentErrors(query) == [ExpectedError(Self.comparisonLimitMessage, (1, 1))])
    }

    static let comparisonLimitMessage =
        "Too many overlapping fields to check that they can be merged, comparison limit reached. Use different aliases on the fields."

    @Test func acceptsAThousandFragmentsSpreadTogether() throws {
        let fragments = (0..<1_000).map { "fragment F\($0) on Dog { name f\($0): barkVolume }" }
        let query = Self.dogQuery((0..<1_000).map { "...F\($0)" }, fragments: fragments)
        #expect(try Self.largeDocumentErrors(query) == [])
    }

    @Test func acceptsAThousandRepeatedSpreadsOfChainedFragments() throws {
        // Each fragment spreads the next one. graphql-js compares each fragment's fields with
        // every fragment after it in the chain, as this rule does: a chain of two hundred costs
        // twenty thousand comparisons.
        let fragments = (0..<200).map { index in
            index == 199
                ? "fragment F\(index) on Dog { name }"
                : "fragment F\(index) on Dog { name barkVolume ...F\(index + 1) }"
        }
        let query = Self.dogQuery(Array(repeating: "...F0", count: 1_000) + ["mother { ...F0 }"], fragments: fragments)
        #expect(try Self.largeDocumentErrors(query) == [])
    }

    @Test func refusesFragmentsNestedDeeperThanItCompares() throws {
        // F0 { mother { ...F1 } }, F1 { mother { ...F2 } }, … against the same chain of G: a
        // response 1,000 levels deep, which execution would refuse anyway; comparing it would
        // take the stack.
        let fragments = ["F", "G"].flatMap { prefix in
            (0..<1_000).map { index in
                index == 999
                    ? "fragment \(prefix)\(index) on Dog { name }"
                    : "fragment \(prefix)\(index) on Dog { mother { ...\(prefix)\(index + 1) } }"
            }
        }
        let query = Self.dogQuery(["...F0", "...G0"], fragments: fragments)
        #expect(try Self.largeDocumentErrors(query) == [ExpectedError(Self.comparisonLimitMessage, (2, 7))])
    }

    @Test func findsAConflictAmongAThousandFragments() throws {
        let fragments = (0..<1_000).map { "fragment F\($0) on Dog { name f\($0): barkVolume }" }
            + ["fragment Bad on Dog { f500: nickname }"]
        let query = Self.dogQuery((0..<1_000).map { "...F\($0)" } + ["...Bad"], fragments: fragments)
        let errors = try Self.largeDocumentErrors(query)
        #expect(errors == [
            ExpectedError(Self.conflict("f500", #""barkVolume" and "nickname" are different fields"#), (1_506, 29), (2_006, 23)),
        ])
    }
}
