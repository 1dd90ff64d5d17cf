/// A media type or media range as written in `Content-Type` or one element of `Accept`:
/// `type/subtype` followed by `; name=value` parameters (RFC 9110 §8.3.1, §12.5.1).
///
/// Type, subtype and parameter names compare case-insensitively, so they are kept lowercased;
/// parameter values keep their case (a quoted value loses its quotes and escapes), except that
/// callers compare `charset` values case-insensitively as the RFC says.
struct MediaType: Sendable, Hashable {
    var type: String
    var subtype: String
    /// The parameters in order, names lowercased; for an `Accept` element this includes `q`.
    var parameters: [Parameter]

    struct Parameter: Sendable, Hashable {
        var name: String
        var value: String
    }

    init(type: String, subtype: String, parameters: [Parameter] = []) {
        self.type = type
        self.subtype = subtype
        self.parameters = parameters
    }

    /// Reads one media type or range; nil when it is not `token/token` followed by well-formed
    /// parameters, so that a malformed element can be ignored rather than guessed at.
    init?(parsing text: Substring) {
        let pieces = MediaType.splitOutsideQuotes(text, on: ";")
        let essence = pieces[0].trimmingHTTPWhitespace()
        guard let slash = essence.firstIndex(of: "/") else { return nil }
        let type = essence[..<slash]
        let subtype = essence[essence.index(after: slash)...]
        guard MediaType.isToken(type), MediaType.isToken(subtype) else { return nil }
        var parameters: [Parameter] = []
        for piece in pieces.dropFirst() {
            let parameter = piece.trimmingHTTPWhitespace()
            if parameter.isEmpty { continue }
            guard let equals = parameter.firstIndex(of: "=") else { return nil }
            let name = parameter[..<equals]
            guard MediaType.isToken(name), let value = MediaType.parameterValue(parameter[parameter.index(after: equals)...]) else {
                return nil
            }
            parameters.append(Parameter(name: name.lowercased(), value: value))
        }
        self.init(type: type.lowercased(), subtype: subtype.lowercased(), parameters: parameters)
    }

    /// Whether a `Content-Type` value is `application/json` in UTF-8 (any parameters).
    static func isJSONInUTF8(_ value: String) -> Bool {
        guard let type = MediaType(parsing: value[...]) else { return false }
        return type.type == "application" && type.subtype == "json" && type.isUTF8
    }

    /// The value of the first parameter named `name` (lowercase), nil when absent.
    func parameter(_ name: String) -> String? {
        parameters.first { $0.name == name }?.value
    }

    /// Whether the `charset` parameter is absent or names UTF-8: the only encoding Clientela reads
    /// and writes, and the one the GraphQL-over-HTTP draft says to assume when none is given.
    var isUTF8: Bool {
        guard let charset = parameter("charset") else { return true }
        return charset.lowercased() == "utf-8"
    }

    /// Splits on `separator` except inside a quoted string, honouring `\` escapes there.
    static func splitOutsideQuotes(_ text: Substring, on separator: Character) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        var quoted = false
        while index < text.endIndex {
            let character = text[index]
            if quoted, character == "\\" {
                index = text.index(after: index)
                if index < text.endIndex { index = text.index(after: index) }
                continue
            }
            if character == "\"" {
                quoted.toggle()
            } else if character == separator, !quoted {
                pieces.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        pieces.append(text[start...])
        return pieces
    }

    /// A token or a quoted string, unquoted; nil when neither.
    private static func parameterValue(_ text: Substring) -> String? {
        guard text.first == "\"" else { return isToken(text) ? String(text) : nil }
        guard text.count >= 2, text.last == "\"" else { return nil }
        var value = ""
        var escaped = false
        for character in text.dropFirst().dropLast() {
            if escaped {
                value.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return nil
            } else {
                value.append(character)
            }
        }
        return escaped ? nil : value
    }

    /// `token = 1*tchar` (RFC 9110 §5.6.2).
    static func isToken(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                true
            default:
                "!#$%&'*+-.^_`|~".utf8.contains(byte)
            }
        }
    }
}

extension Substring {
    /// Without the spaces and tabs HTTP calls optional white space (OWS) at either end.
    func trimmingHTTPWhitespace() -> Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
