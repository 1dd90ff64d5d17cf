/// A table, column, index or constraint name, which only code can create.
///
/// Identifiers cannot be bound as parameters, so they are the one thing written into SQL text.
/// The initialiser takes a `StaticString`, so a name always comes from a literal in the source and
/// never from input; it must be a plain lower-case SQL name (`[a-z_][a-z0-9_]*`), which both
/// backends read the same way without quoting.
package struct SQLIdentifier: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    package let name: String

    package init(_ name: StaticString) {
        self.init(checked: name.description)
    }

    package init(stringLiteral value: StaticString) {
        self.init(value)
    }

    /// Builds a name inside Storage from other identifiers (`clients_search_docs`), checking it
    /// like a literal.
    init(checked name: String) {
        precondition(Self.isValid(name), "`\(name)` is not a plain lower-case SQL identifier")
        self.name = name
    }

    /// The identifier with a suffix, for the objects a search index derives from its name.
    func suffixed(_ suffix: StaticString) -> SQLIdentifier {
        SQLIdentifier(checked: name + suffix.description)
    }

    package var description: String { name }

    static func isValid(_ name: String) -> Bool {
        guard let first = name.utf8.first, name.utf8.count <= 63 else { return false }
        let isLetter = { (byte: UInt8) in (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || byte == UInt8(ascii: "_") }
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        return isLetter(first) && name.utf8.allSatisfy { isLetter($0) || isDigit($0) }
    }
}
