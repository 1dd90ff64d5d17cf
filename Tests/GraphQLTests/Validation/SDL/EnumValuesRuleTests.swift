import GraphQL
import Testing

@Suite struct EnumValuesRuleTests {
    let check = SDLRuleTester(EnumValuesRule())

    @Test func acceptsValues() throws {
        try check.valid("enum E { A B }")
    }

    @Test func requiresAValue() throws {
        try check.problems("enum E\nextend enum E @deprecated", [ExpectedProblem("Enum type E must define one or more values.", "1:1", "2:1")])
    }

    @Test func rejectsValuesThatReadAsOtherLiterals() {
        // The parser refuses these names, so the document is built in code.
        let enumeration = EnumTypeDefinitionNode(
            name: Name("E"),
            values: ["true", "A", "null"].map { EnumValueDefinitionNode(name: Name($0)) })
        #expect(SDLHarness.messages(EnumValuesRule(), document: Document(definitions: [.type(.enumeration(enumeration))])) == [
            "Enum type E cannot include value: true.",
            "Enum type E cannot include value: null.",
        ])
    }
}
