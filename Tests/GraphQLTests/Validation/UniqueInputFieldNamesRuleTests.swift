import GraphQL
import Testing

@Suite struct UniqueInputFieldNamesRuleTests {
    let check = RuleTester(UniqueInputFieldNamesRule())

    @Test(arguments: [
        // an input object with fields
        """
              {
                field(arg: { f: true })
              }
        """,
        // the same field in objects of two arguments
        """
              {
                field(arg1: { f: true }, arg2: { f: true })
              }
        """,
        // several fields
        """
              {
                field(arg: { f1: "value", f2: "value", f3: "value" })
              }
        """,
        // nested objects with the same field names
        """
              {
                field(arg: {
                  deep: {
                    deep: {
                      id: 1
                    }
                    id: 1
                  }
                  id: 1
                })
              }
        """,
        // objects in a list
        """
              {
                field(arg: [{ f: 1 }, { f: 2 }])
              }
        """,
    ])
    func acceptsUniqueFields(query: String) throws {
        try check.valid(query)
    }

    @Test func rejectsADuplicateField() throws {
        try check.errors("""
              {
                field(arg: { f1: "value", f1: "value" })
              }
        """, [
            ExpectedError("There can be only one input field named \"f1\".", (3, 22), (3, 35)),
        ])
    }

    @Test func reportsEachRepetitionAgainstTheFirst() throws {
        try check.errors("""
              {
                field(arg: { f1: "value", f1: "value", f1: "value" })
              }
        """, [
            ExpectedError("There can be only one input field named \"f1\".", (3, 22), (3, 35)),
            ExpectedError("There can be only one input field named \"f1\".", (3, 22), (3, 48)),
        ])
    }

    @Test func rejectsANestedDuplicateField() throws {
        try check.errors("""
              {
                field(arg: { f1: {f2: "value", f2: "value" }})
              }
        """, [
            ExpectedError("There can be only one input field named \"f2\".", (3, 27), (3, 40)),
        ])
    }

    @Test func reportsNestedDuplicatesInWalkOrder() throws {
        try check.errors("""
              {
                field(arg: { f1: { f2: 1, f2: 2 }, f1: 3 })
              }
        """, [
            ExpectedError("There can be only one input field named \"f2\".", (3, 28), (3, 35)),
            ExpectedError("There can be only one input field named \"f1\".", (3, 22), (3, 44)),
        ])
    }

    @Test func checksVariableDefaultsAndDirectiveArguments() throws {
        try check.errors("""
              query ($v: ComplexInput = { a: 1, a: 2 }) {
                field @onField(arg: { b: 1, b: 2 })
              }
        """, [
            ExpectedError("There can be only one input field named \"a\".", (2, 35), (2, 41)),
            ExpectedError("There can be only one input field named \"b\".", (3, 31), (3, 37)),
        ])
    }
}
