/// A failure to read a document: a syntax error, or a ``ParserLimits`` limit exceeded.
///
/// The lexer and parser throw it with a byte offset only; ``graphQLError(in:)`` turns the offset
/// into a line and column, a cost paid once and only when parsing fails.
struct SyntaxError: Error, Sendable, Equatable {
    /// The message without the `Syntax Error: ` prefix, e.g. `Expected Name, found "}".`.
    var message: String
    /// The UTF-8 byte offset the error points at.
    var offset: Int
    /// Whether a ``ParserLimits`` limit was exceeded, rather than the grammar broken.
    var exceedsLimit: Bool = false

    /// The error as a request reports it: GRAPHQL_PARSE_FAILED with the `Syntax Error: ` prefix,
    /// or QUERY_TOO_COMPLEX for an exceeded limit.
    func graphQLError(in source: Source) -> GraphQLError {
        let location = source.location(ofOffset: offset)
        if exceedsLimit {
            return GraphQLError(message, locations: [location], code: .queryTooComplex)
        }
        return GraphQLError("Syntax Error: " + message, locations: [location], code: .parseFailed)
    }
}
