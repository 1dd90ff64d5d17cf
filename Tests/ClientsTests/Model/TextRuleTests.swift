import Clients
import GraphQL
import Testing

@Suite struct TextRuleTests {
    private let singleLine = TextRule(field: "name", maximumLength: 5)
    private let multiLine = TextRule(field: "notes", maximumLength: 12, allowsLineBreaks: true)

    @Test func trimsAndTreatsBlankAsAbsent() throws {
        #expect(try singleLine.normalise("  Ana \t") == "Ana")
        #expect(try singleLine.normalise("") == nil)
        #expect(try singleLine.normalise(" \n\u{A0} ") == nil)
    }

    @Test func countsUnicodeScalarsAgainstTheLimit() throws {
        #expect(try singleLine.normalise("Ñandú") == "Ñandú")
        #expect(try singleLine.normalise("  abcde  ") == "abcde")
        // A decomposed ñ is two scalars: n and the combining tilde.
        #expect(throws: ClientInputIssue.badUserInput(field: "name", "name has at most 5 characters (got 6)")) {
            try singleLine.normalise("N\u{303}andú")
        }
        #expect(throws: ClientInputIssue.self) { try singleLine.normalise("abcdef") }
    }

    @Test func singleLineFieldsRefuseLineBreaksAndControls() {
        #expect(throws: ClientInputIssue.badUserInput(field: "name", "name may not contain a line break")) {
            try singleLine.normalise("a\nb")
        }
        #expect(throws: ClientInputIssue.badUserInput(field: "name", "name may not contain a control character (U+9)")) {
            try singleLine.normalise("a\tb")
        }
    }

    @Test func multiLineFieldsTakeLineBreaksAndTabsButNoOtherControls() throws {
        #expect(try multiLine.normalise("a\r\nb\tc") == "a\r\nb\tc")
        #expect(throws: ClientInputIssue.badUserInput(field: "notes", "notes may not contain a control character (U+0)")) {
            try multiLine.normalise("a\u{0}b")
        }
        #expect(throws: ClientInputIssue.self) { try multiLine.normalise("a\u{1B}[31m") }
    }

    @Test func issuesAreBadUserInputOnTheField() {
        do {
            _ = try singleLine.normalise("abcdefgh")
            Issue.record("an 8-character name passed a 5-character rule")
        } catch {
            #expect(error.field == "name")
            #expect(error.code == .badUserInput)
            #expect(error.extensions["field"] == "name")
        }
    }
}
