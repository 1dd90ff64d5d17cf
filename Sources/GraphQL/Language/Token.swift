/// One lexical token: its kind and the UTF-8 byte span it covers.
///
/// A token is a plain value with no payload, so that lexing allocates nothing. The parser reads a
/// name's or number's text straight from the source bytes when it builds a node; a string's
/// decoded value is handed over by the ``Lexer`` as the token is read.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Language.Source-Text.Lexical-Tokens
struct Token: Sendable, Equatable {
    var kind: Kind
    /// Offset of the token's first byte.
    var start: Int
    /// Offset just past the token's last byte.
    var end: Int

    /// The kinds of token: the spec's Punctuator, Name, IntValue, FloatValue and StringValue (in
    /// its quoted and block forms), plus the end of the document.
    enum Kind: UInt8, Sendable, Equatable {
        case endOfFile
        case bang, dollar, ampersand, parenLeft, parenRight, spread, colon, equals, at
        case bracketLeft, bracketRight, braceLeft, pipe, braceRight
        case name, int, float, string, blockString

        /// How messages name the kind, as graphql-js does: punctuators in quotes, the rest by name.
        var description: String {
            switch self {
            case .endOfFile: "<EOF>"
            case .bang: "\"!\""
            case .dollar: "\"$\""
            case .ampersand: "\"&\""
            case .parenLeft: "\"(\""
            case .parenRight: "\")\""
            case .spread: "\"...\""
            case .colon: "\":\""
            case .equals: "\"=\""
            case .at: "\"@\""
            case .bracketLeft: "\"[\""
            case .bracketRight: "\"]\""
            case .braceLeft: "\"{\""
            case .pipe: "\"|\""
            case .braceRight: "\"}\""
            case .name: "Name"
            case .int: "Int"
            case .float: "Float"
            case .string: "String"
            case .blockString: "BlockString"
            }
        }
    }
}
