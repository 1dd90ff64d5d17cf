/// A recursive-descent parser for the whole GraphQL language: executable documents and the
/// type-system language, following the grammar summary of the specification.
///
/// The parser is a value that reads one token ahead. Each method parses one production and its
/// doc comment quotes it. Errors are ``SyntaxError``s internally, with graphql-js's messages, and
/// reach callers as a ``GraphQLError`` with line and column.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Appendix-Grammar-Summary
package struct Parser {
    var lexer: Lexer
    /// The current token, not yet consumed.
    var token: Token
    /// Where the last consumed token ended: the end of the node being finished.
    var lastEnd = 0
    private var tokenCount = 0
    private var depth = 0
    private let maxTokens: Int
    private let maxDepth: Int

    private init(bytes: UnsafeBufferPointer<UInt8>, limits: ParserLimits) throws(SyntaxError) {
        lexer = Lexer(bytes: bytes)
        maxTokens = limits.maxTokens
        maxDepth = min(limits.maxDepth, ParserLimits.depthCeiling)
        token = Token(kind: .endOfFile, start: 0, end: 0)
        try advance()
    }

    /// Parses a document.
    ///
    /// - Parameters:
    ///   - source: The document's text.
    ///   - limits: Size, token and nesting bounds; exceeding one fails with QUERY_TOO_COMPLEX.
    /// - Returns: The document's AST, every node with its location.
    /// - Throws: ``GraphQLError`` with code GRAPHQL_PARSE_FAILED, a `Syntax Error: …` message and
    ///   the error's line and column; or QUERY_TOO_COMPLEX when a limit is exceeded.
    package static func parse(_ source: Source, limits: ParserLimits = .default) throws(GraphQLError) -> Document {
        if source.bytes.count > limits.maxBytes {
            throw GraphQLError(
                "Document is \(source.bytes.count) bytes, over the limit of \(limits.maxBytes).",
                code: .queryTooComplex
            )
        }
        return try run(source, limits: limits) { parser throws(SyntaxError) in try parser.parseDocument() }
    }

    /// Parses a lone value, such as `{ a: [1, $b] }`; variables are allowed.
    ///
    /// - Throws: ``GraphQLError`` with code GRAPHQL_PARSE_FAILED.
    package static func parseValue(_ source: Source) throws(GraphQLError) -> ValueNode {
        try run(source, limits: .unlimited) { parser throws(SyntaxError) in
            let value = try parser.parseValue(isConst: false)
            try parser.expect(.endOfFile)
            return value
        }
    }

    /// Parses a lone constant value, such as a default value: variables are rejected.
    ///
    /// - Throws: ``GraphQLError`` with code GRAPHQL_PARSE_FAILED.
    package static func parseConstValue(_ source: Source) throws(GraphQLError) -> ValueNode {
        try run(source, limits: .unlimited) { parser throws(SyntaxError) in
            let value = try parser.parseValue(isConst: true)
            try parser.expect(.endOfFile)
            return value
        }
    }

    /// Parses a lone type reference, such as `[String!]!`.
    ///
    /// - Throws: ``GraphQLError`` with code GRAPHQL_PARSE_FAILED.
    package static func parseType(_ source: Source) throws(GraphQLError) -> TypeNode {
        try run(source, limits: .unlimited) { parser throws(SyntaxError) in
            let type = try parser.parseTypeReference()
            try parser.expect(.endOfFile)
            return type
        }
    }

    /// Runs `body` on a parser over the source's bytes, which stay borrowed for the call only.
    private static func run<Output>(
        _ source: Source,
        limits: ParserLimits,
        _ body: (inout Parser) throws(SyntaxError) -> Output
    ) throws(GraphQLError) -> Output {
        let outcome: Result<Output, SyntaxError> = source.bytes.withUnsafeBufferPointer { bytes in
            do throws(SyntaxError) {
                var parser = try Parser(bytes: bytes, limits: limits)
                return .success(try body(&parser))
            } catch {
                return .failure(error)
            }
        }
        switch outcome {
        case .success(let result): return result
        case .failure(let error): throw error.graphQLError(in: source)
        }
    }

    // MARK: - Tokens

    /// Consumes the current token and reads the next, counting it against the token limit.
    mutating func advance() throws(SyntaxError) {
        lastEnd = token.end
        token = try lexer.next()
        if token.kind != .endOfFile {
            tokenCount += 1
            if tokenCount > maxTokens {
                throw SyntaxError(
                    message: "Document contains more than \(maxTokens) tokens; parsing aborted.",
                    offset: token.start,
                    exceedsLimit: true
                )
            }
        }
    }

    /// The token after the current one, with the decoded value if it is a string, read without
    /// consuming anything.
    func lookahead() throws(SyntaxError) -> (token: Token, stringValue: String) {
        var copy = lexer
        let next = try copy.next()
        return (next, copy.stringValue)
    }

    func peek(_ kind: Token.Kind) -> Bool {
        token.kind == kind
    }

    /// Consumes a token of `kind`, or fails with `Expected <kind>, found <token>.`.
    @discardableResult
    mutating func expect(_ kind: Token.Kind) throws(SyntaxError) -> Token {
        let current = token
        guard current.kind == kind else {
            throw SyntaxError(message: "Expected \(kind.description), found \(describe(current)).", offset: current.start)
        }
        try advance()
        return current
    }

    /// Consumes a token of `kind` if it is the current one.
    mutating func expectOptional(_ kind: Token.Kind) throws(SyntaxError) -> Bool {
        guard token.kind == kind else { return false }
        try advance()
        return true
    }

    /// Consumes the name `keyword`, or fails with `Expected "<keyword>", found <token>.`.
    mutating func expectKeyword(_ keyword: StaticString) throws(SyntaxError) {
        guard isKeyword(token, keyword) else {
            throw SyntaxError(message: "Expected \"\(keyword)\", found \(describe(token)).", offset: token.start)
        }
        try advance()
    }

    /// Consumes the name `keyword` if it is the current token.
    mutating func expectOptionalKeyword(_ keyword: StaticString) throws(SyntaxError) -> Bool {
        guard isKeyword(token, keyword) else { return false }
        try advance()
        return true
    }

    /// Whether `token` is the name `keyword`, compared byte for byte.
    func isKeyword(_ token: Token, _ keyword: StaticString) -> Bool {
        guard token.kind == .name, token.end - token.start == keyword.utf8CodeUnitCount else { return false }
        let expected = keyword.utf8Start
        for offset in 0..<keyword.utf8CodeUnitCount where lexer.bytes[token.start + offset] != expected[offset] {
            return false
        }
        return true
    }

    /// `Unexpected <token>.` at `token`, or at the current token.
    func unexpected(_ at: Token? = nil, stringValue: String? = nil) -> SyntaxError {
        let token = at ?? self.token
        return SyntaxError(message: "Unexpected \(describe(token, stringValue: stringValue)).", offset: token.start)
    }

    /// Names a token as graphql-js messages do: `Name "foo"`, `"}"`, `<EOF>`, `String "text"`.
    func describe(_ token: Token, stringValue: String? = nil) -> String {
        switch token.kind {
        case .name, .int, .float:
            "\(token.kind.description) \"\(lexer.text(token.start, token.end))\""
        case .string, .blockString:
            "\(token.kind.description) \"\(stringValue ?? lexer.stringValue)\""
        default:
            token.kind.description
        }
    }

    /// The location from `start` to the end of the last consumed token.
    func location(from start: Token) -> Location {
        Location(start: start.start, end: lastEnd)
    }

    /// Counts one more level of nesting, failing past the depth limit. Pair with ``leaveNesting()``.
    mutating func enterNesting() throws(SyntaxError) {
        depth += 1
        if depth > maxDepth {
            throw SyntaxError(message: "Document nests deeper than \(maxDepth) levels.", offset: token.start, exceedsLimit: true)
        }
    }

    mutating func leaveNesting() {
        depth -= 1
    }
}
