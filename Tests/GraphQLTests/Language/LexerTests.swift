import GraphQL
import Testing

/// The lexical grammar, observed through ``Parser/parseValue(_:)`` and ``Parser/parse(_:limits:)``:
/// every literal form, escapes, block strings, ignored tokens, and each lexical error with its
/// message and position.
@Suite struct LexerTests {
    @Test(arguments: ["0", "-0", "7", "123", "-123", "9007199254740993", "12345678901234567890"])
    func readsIntLiteralsAsWritten(_ text: String) throws {
        #expect(try LanguageHarness.value(text) == .int(text))
    }

    @Test(arguments: ["1.5", "-1.5", "0.0", "1e3", "1E3", "1e+3", "1e-3", "-1.5e10", "6.0221413e23", "0e0"])
    func readsFloatLiteralsAsWritten(_ text: String) throws {
        #expect(try LanguageHarness.value(text) == .float(text))
    }

    @Test(arguments: [
        ("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3),
        ("1.e1", "Syntax Error: Invalid number, expected digit but got: \"e\".", 3),
        ("0x1", "Syntax Error: Invalid number, expected digit but got: \"x\".", 2),
        ("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 2),
        ("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 2),
        ("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3),
        ("1e+", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 4),
        ("123abc", "Syntax Error: Invalid number, expected digit but got: \"a\".", 4),
        ("1_000", "Syntax Error: Invalid number, expected digit but got: \"_\".", 2),
        ("1.2.3", "Syntax Error: Invalid number, expected digit but got: \".\".", 4),
        ("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 5),
        ("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 2),
        ("- 1", "Syntax Error: Invalid number, expected digit but got: \" \".", 2),
        ("+1", "Syntax Error: Unexpected character: \"+\".", 1),
        (".123", "Syntax Error: Unexpected character: \".\".", 1),
    ])
    func rejectsMalformedNumbers(_ text: String, _ message: String, _ column: Int) throws {
        let error = try #require(LanguageHarness.valueError(text))
        #expect(error.message == message)
        #expect(error.locations == [SourceLocation(line: 1, column: column)])
        #expect(error.code == .parseFailed)
    }

    @Test func readsBooleansNullAndEnumValues() throws {
        #expect(try LanguageHarness.value("true") == .boolean(true))
        #expect(try LanguageHarness.value("false") == .boolean(false))
        #expect(try LanguageHarness.value("null") == .null)
        #expect(try LanguageHarness.value("ACTIVE") == .enumValue("ACTIVE"))
        #expect(try LanguageHarness.value("_private1") == .enumValue("_private1"))
        #expect(try LanguageHarness.value("nullable") == .enumValue("nullable"))
    }

    @Test func readsListsObjectsAndVariables() throws {
        let value = try LanguageHarness.value(#"{ a: [1, 2.5, "x"], b: {}, c: [], d: $var }"#)
        #expect(value == .object([
            ObjectFieldNode(name: Name("a"), value: ValueNode(.list([ValueNode(.int("1")), ValueNode(.float("2.5")), ValueNode(.string("x", block: false))]))),
            ObjectFieldNode(name: Name("b"), value: ValueNode(.object([]))),
            ObjectFieldNode(name: Name("c"), value: ValueNode(.list([]))),
            ObjectFieldNode(name: Name("d"), value: ValueNode(.variable("var"))),
        ]))
    }

    @Test func readsStrings() throws {
        #expect(try LanguageHarness.value(#""""#) == .string("", block: false))
        #expect(try LanguageHarness.value(#""simple""#) == .string("simple", block: false))
        #expect(try LanguageHarness.value(#"" white space ""#) == .string(" white space ", block: false))
        #expect(try LanguageHarness.value(#""quote \"""#) == .string("quote \"", block: false))
        #expect(try LanguageHarness.value(#""escaped \n\r\b\t\f\/\\""#) == .string("escaped \n\r\u{8}\t\u{C}/\\", block: false))
        #expect(try LanguageHarness.value(#""unicode \u1234\u5678\u90AB\uCDEF""#) == .string("unicode \u{1234}\u{5678}\u{90AB}\u{CDEF}", block: false))
        #expect(try LanguageHarness.value(#""\u0000 nul""#) == .string("\u{0} nul", block: false))
    }

    @Test func readsUnicodeInStrings() throws {
        #expect(try LanguageHarness.value(#""\u{1F600}""#) == .string("😀", block: false))
        #expect(try LanguageHarness.value(#""\u{0}\u{41}\u{00000041}""#) == .string("\u{0}AA", block: false))
        #expect(try LanguageHarness.value(#""\u{10FFFF}""#) == .string("\u{10FFFF}", block: false))
        #expect(try LanguageHarness.value(#""\uD83D\uDE00""#) == .string("😀", block: false))
        #expect(try LanguageHarness.value(#""\ud83d\ude00 lower""#) == .string("😀 lower", block: false))
        #expect(try LanguageHarness.value("\"é 中文 😀 \u{FEFF}\"") == .string("é 中文 😀 \u{FEFF}", block: false))
        #expect(try LanguageHarness.value("\"tab\tinside\"") == .string("tab\tinside", block: false))
    }

    @Test(arguments: [
        (#""unterminated"#, "Syntax Error: Unterminated string.", 1, 14),
        ("\"line\nbreak\"", "Syntax Error: Unterminated string.", 1, 6),
        ("\"line\rbreak\"", "Syntax Error: Unterminated string.", 1, 6),
        (#""bad \x esc""#, #"Syntax Error: Invalid character escape sequence: "\x"."#, 1, 6),
        (#""bad \é esc""#, #"Syntax Error: Invalid character escape sequence: "\é"."#, 1, 6),
        (#""bad \u1 esc""#, #"Syntax Error: Invalid Unicode escape sequence: "\u1 es"."#, 1, 6),
        (#""bad \u0XX1 esc""#, #"Syntax Error: Invalid Unicode escape sequence: "\u0XX1"."#, 1, 6),
        (#""bad \uXXXX esc""#, #"Syntax Error: Invalid Unicode escape sequence: "\uXXXX"."#, 1, 6),
        (#""bad \uFXXX esc""#, #"Syntax Error: Invalid Unicode escape sequence: "\uFXXX"."#, 1, 6),
        (#""bad \u{} esc""#, #"Syntax Error: Invalid Unicode escape sequence: "\u{}"."#, 1, 6),
        (#""bad \u{FXXX} esc""#, #"Syntax Error: Invalid Unicode escape sequence: "\u{FX"."#, 1, 6),
        (#""bad \u{110000} esc""#, #"Syntax Error: Invalid Unicode escape sequence: "\u{110000}"."#, 1, 6),
        (#""bad \u{D800} esc""#, #"Syntax Error: Invalid Unicode escape sequence: "\u{D800}"."#, 1, 6),
        (#""bad \u{1F600 esc""#, #"Syntax Error: Invalid Unicode escape sequence: "\u{1F600 "."#, 1, 6),
        (#""lone \uD83D""#, #"Syntax Error: Invalid Unicode escape sequence: "\uD83D"."#, 1, 7),
        (#""lone \uD83Dx""#, #"Syntax Error: Invalid Unicode escape sequence: "\uD83D"."#, 1, 7),
        (#""pair \uD83D\u0041""#, #"Syntax Error: Invalid Unicode escape sequence: "\uD83D"."#, 1, 7),
        (#""trail \uDE00""#, #"Syntax Error: Invalid Unicode escape sequence: "\uDE00"."#, 1, 8),
        (#""reversed \uDE00\uD83D""#, #"Syntax Error: Invalid Unicode escape sequence: "\uDE00"."#, 1, 11),
    ])
    func rejectsMalformedStrings(_ text: String, _ message: String, _ line: Int, _ column: Int) throws {
        let error = try #require(LanguageHarness.valueError(text))
        #expect(error.message == message)
        #expect(error.locations == [SourceLocation(line: line, column: column)])
    }

    @Test func readsBlockStrings() throws {
        func block(_ text: String) throws -> String? {
            guard case .string(let value, block: true) = try LanguageHarness.value(text) else { return nil }
            return value
        }
        #expect(try block(#""""""""#) == "")
        #expect(try block(#""""simple""""#) == "simple")
        #expect(try block(#"""" white space """"#) == " white space ")
        #expect(try block(#""""contains " quote""""#) == "contains \" quote")
        #expect(try block(#""""contains \""" triple quote""""#) == "contains \"\"\" triple quote")
        #expect(try block(#""""escapes \n \t \u0041 stay raw""""#) == #"escapes \n \t \u0041 stay raw"#)
        #expect(try block("\"\"\"multi\nline\"\"\"") == "multi\nline")
        #expect(try block("\"\"\"multi\r\nline\rnormalized\"\"\"") == "multi\nline\nnormalized")
        #expect(try block("\"\"\"unicode é 😀 \u{1F600}\"\"\"") == "unicode é 😀 😀")
    }

    @Test func blockStringsRemoveCommonIndentationAndBlankLines() throws {
        let text = """
            \"\"\"

                Hello,
                  World!

                Yours,
                  GraphQL.
            \"\"\"
            """
        #expect(try LanguageHarness.value(text) == .string("Hello,\n  World!\n\nYours,\n  GraphQL.", block: true))
        // The first line keeps its indentation; whitespace-only lines do not set the common indent.
        #expect(try LanguageHarness.value("\"\"\"  first\n    second\n      third\n  \n    \"\"\"") == .string("  first\nsecond\n  third", block: true))
        // Tabs count as indentation too, and CRLF lines are normalized.
        #expect(try LanguageHarness.value("\"\"\"\r\n\ta\r\n\t\tb\r\n\"\"\"") == .string("a\n\tb", block: true))
        // Only whitespace: the empty string.
        #expect(try LanguageHarness.value("\"\"\"\n   \n\t\n\"\"\"") == .string("", block: true))
    }

    @Test func rejectsUnterminatedBlockStrings() throws {
        let error = try #require(LanguageHarness.valueError("\"\"\"no end\n  \"\""))
        #expect(error.message == "Syntax Error: Unterminated string.")
        #expect(error.locations == [SourceLocation(line: 2, column: 5)])
    }

    @Test func skipsIgnoredTokens() throws {
        let text = "\u{FEFF}# comment with é and 😀\r\n{,,, a\t,\u{FEFF} b # trailing\r c\n}\n"
        let document = try LanguageHarness.parse(text)
        let fields = document.operations[0].selectionSet.selections.compactMap { selection -> String? in
            if case .field(let field) = selection { field.name.value } else { nil }
        }
        #expect(fields == ["a", "b", "c"])
    }

    @Test(arguments: [
        ("{ a ? }", #"Syntax Error: Unexpected character: "?"."#, 1, 5),
        ("{ a }\n  ~", #"Syntax Error: Unexpected character: "~"."#, 2, 3),
        ("{ a }\r\n\r\n  %", #"Syntax Error: Unexpected character: "%"."#, 3, 3),
        ("{ 'a' }", #"Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (")?"#, 1, 3),
        ("{ a.b }", #"Syntax Error: Unexpected character: "."."#, 1, 4),
        ("{ a..b }", #"Syntax Error: Unexpected character: "."."#, 1, 4),
        ("{ \u{00A0}a }", "Syntax Error: Unexpected character: U+00A0.", 1, 3),
        ("{ é }", "Syntax Error: Unexpected character: U+00E9.", 1, 3),
        ("{ 😀 }", "Syntax Error: Unexpected character: U+1F600.", 1, 3),
        ("# 😀 comment\n😀", "Syntax Error: Unexpected character: U+1F600.", 2, 1),
        ("{ a \u{0} }", "Syntax Error: Unexpected character: U+0000.", 1, 5),
        ("{ a \u{7} }", "Syntax Error: Unexpected character: U+0007.", 1, 5),
        ("😀 { a }", "Syntax Error: Unexpected character: U+1F600.", 1, 1),
        ("\"😀\" 😀", "Syntax Error: Unexpected character: U+1F600.", 1, 6),
    ])
    func rejectsUnexpectedCharacters(_ text: String, _ message: String, _ line: Int, _ column: Int) throws {
        let error = try #require(LanguageHarness.parseError(text))
        #expect(error.message == message)
        #expect(error.locations == [SourceLocation(line: line, column: column)])
        #expect(error.code == .parseFailed)
    }
}
