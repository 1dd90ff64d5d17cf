import GraphQL
import Testing

@Suite struct UniqueArgumentNamesRuleTests {
    let check = RuleTester(UniqueArgumentNamesRule())

    @Test(arguments: [
        // no arguments on a field
        """
              {
                field
              }
        """,
        // no arguments on a directive
        """
              {
                field @directive
              }
        """,
        // an argument on a field
        """
              {
                field(arg: "value")
              }
        """,
        // an argument on a directive
        """
              {
                field @directive(arg: "value")
              }
        """,
        // the same argument on two fields
        """
              {
                one: field(arg: "value")
                two: field(arg: "value")
              }
        """,
        // the same argument on a field and its directive
        """
              {
                field(arg: "value") @directive(arg: "value")
              }
        """,
        // the same argument on two directives
        """
              {
                field @directive1(arg: "value") @directive2(arg: "value")
              }
        """,
        // several field arguments
        """
              {
                field(arg1: "value", arg2: "value", arg3: "value")
              }
        """,
        // several directive arguments
        """
              {
                field @directive(arg1: "value", arg2: "value", arg3: "value")
              }
        """,
    ])
    func acceptsUniqueArguments(query: String) throws {
        try check.valid(query)
    }

    @Test func rejectsDuplicateFieldArguments() throws {
        try check.errors("""
              {
                field(arg1: "value", arg1: "value")
              }
        """, [
            ExpectedError("There can be only one argument named \"arg1\".", (3, 15), (3, 30)),
        ])
    }

    @Test func reportsEveryOccurrenceOfAFieldArgumentInOneError() throws {
        try check.errors("""
              {
                field(arg1: "value", arg1: "value", arg1: "value")
              }
        """, [
            ExpectedError("There can be only one argument named \"arg1\".", (3, 15), (3, 30), (3, 45)),
        ])
    }

    @Test func rejectsDuplicateDirectiveArguments() throws {
        try check.errors("""
              {
                field @directive(arg1: "value", arg1: "value")
              }
        """, [
            ExpectedError("There can be only one argument named \"arg1\".", (3, 26), (3, 41)),
        ])
    }

    @Test func reportsEveryOccurrenceOfADirectiveArgumentInOneError() throws {
        try check.errors("""
              {
                field @directive(arg1: "value", arg1: "value", arg1: "value")
              }
        """, [
            ExpectedError("There can be only one argument named \"arg1\".", (3, 26), (3, 41), (3, 56)),
        ])
    }
}
