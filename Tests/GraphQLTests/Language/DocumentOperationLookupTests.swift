import GraphQL
import Testing

/// `Document.lookUpOperation(named:)` and `operationHeading(named:)`: GetOperation() by position.
@Suite struct DocumentOperationLookupTests {
    private func document(_ text: String) throws -> Document {
        try Parser.parse(Source(text))
    }

    @Test func findsTheOnlyOperationOrTheNamedOneAmongFragments() throws {
        let single = try document("fragment F on Q { a } query A { ...F }")
        #expect(single.lookUpOperation(named: nil) == .found(index: 1))
        #expect(single.operationHeading(named: nil)?.name == "A")
        #expect(single.operationHeading(named: nil)?.type == .query)
        #expect(single.lookUpOperation(named: "A") == .found(index: 1))
        let several = try document("query A { a } fragment F on Q { a } mutation B { b }")
        #expect(several.lookUpOperation(named: "B") == .found(index: 2))
        #expect(several.operationHeading(named: "B")?.type == .mutation)
        #expect(several.operationHeading(named: "B")?.name == "B")
    }

    @Test func saysWhyThereIsNoneToChoose() throws {
        let several = try document("query A { a } mutation B { b }")
        #expect(several.lookUpOperation(named: nil) == .ambiguous)
        #expect(several.operationHeading(named: nil) == nil)
        #expect(several.lookUpOperation(named: "C") == .unknownName)
        #expect(several.operationHeading(named: "C") == nil)
        let fragmentsOnly = try document("fragment F on Q { a }")
        #expect(fragmentsOnly.lookUpOperation(named: nil) == .noOperation)
        #expect(fragmentsOnly.lookUpOperation(named: "F") == .unknownName)
        let anonymous = try document("{ a }")
        #expect(anonymous.lookUpOperation(named: nil) == .found(index: 0))
        #expect(anonymous.operationHeading(named: nil)?.type == .query)
        #expect(anonymous.operationHeading(named: nil)?.name == nil)
        #expect(anonymous.lookUpOperation(named: "") == .unknownName)
    }
}
