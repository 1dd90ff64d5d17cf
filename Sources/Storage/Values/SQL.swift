/// A statement or fragment: SQL text from code with its values kept apart as bound parameters.
///
/// Write statements as string literals; every interpolated value becomes a placeholder and a
/// binding, never text, so input cannot change a statement's meaning:
///
///     let sql: SQL = "SELECT id, name FROM clients WHERE organization_id = \(org) AND email = \(email)"
///
/// Literal parts are `StaticString`s, so SQL text can only come from the source code. Names go in
/// as ``SQLIdentifier``s, and fragments compose with `\(fragment)`, ``+(_:_:)`` and
/// ``Swift/Sequence/joined(separator:)``. The placeholders are rendered per backend: `?` for
/// SQLite, `$1, $2, …` for PostgreSQL.
package struct SQL: Sendable, Equatable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The text around the placeholders: always one element more than ``bindings``.
    private(set) var fragments: [String]
    /// The values bound to the placeholders, in order.
    package private(set) var bindings: [SQLValue]

    package init(stringLiteral value: StaticString) {
        fragments = [value.description]
        bindings = []
    }

    package init(stringInterpolation: Interpolation) {
        fragments = stringInterpolation.fragments
        bindings = stringInterpolation.bindings
    }

    /// SQL text that Storage itself generated from identifiers (search indexes, migrations' own
    /// bookkeeping); never call it with input.
    init(generated text: String) {
        fragments = [text]
        bindings = []
    }

    /// The text with the placeholders of the given backend.
    package func text(for dialect: SQLDialect) -> String {
        guard !bindings.isEmpty else { return fragments[0] }
        var text = fragments[0]
        for index in 1..<fragments.count {
            switch dialect {
            case .sqlite: text += "?"
            case .postgres: text += "$\(index)"
            }
            text += fragments[index]
        }
        return text
    }

    /// The text with `?` placeholders, never the bound values: safe for logs and error messages.
    package var description: String { text(for: .sqlite) }

    /// Appends another fragment, keeping its bindings in order.
    package mutating func append(_ other: SQL) {
        fragments[fragments.count - 1] += other.fragments[0]
        fragments += other.fragments.dropFirst()
        bindings += other.bindings
    }

    /// Appends a placeholder bound to `value`, for statements Storage builds itself.
    mutating func appendBinding(_ value: SQLValue) {
        bindings.append(value)
        fragments.append("")
    }

    /// Appends text Storage generated from identifiers.
    mutating func appendGenerated(_ text: String) {
        fragments[fragments.count - 1] += text
    }

    /// Two fragments one after the other.
    package static func + (lhs: SQL, rhs: SQL) -> SQL {
        var result = lhs
        result.append(rhs)
        return result
    }

    /// Builds SQL from literal text and interpolated values, identifiers and fragments.
    package struct Interpolation: StringInterpolationProtocol {
        package typealias StringLiteralType = StaticString

        var fragments: [String] = [""]
        var bindings: [SQLValue] = []

        package init(literalCapacity: Int, interpolationCount: Int) {
            fragments.reserveCapacity(interpolationCount + 1)
            bindings.reserveCapacity(interpolationCount)
        }

        package mutating func appendLiteral(_ literal: StaticString) {
            fragments[fragments.count - 1] += literal.description
        }

        /// A value: rendered as a placeholder and bound.
        package mutating func appendInterpolation(_ value: some SQLEncodable) {
            bindings.append(value.sqlValue)
            fragments.append("")
        }

        /// An optional value: NULL when absent. (Spelled out so that Optionals are not taken for
        /// a mistake, as they would be in an ordinary string.)
        package mutating func appendInterpolation<Value: SQLEncodable>(_ value: Value?) {
            bindings.append(value?.sqlValue ?? .null)
            fragments.append("")
        }

        /// A name from code, written into the text.
        package mutating func appendInterpolation(_ identifier: SQLIdentifier) {
            fragments[fragments.count - 1] += identifier.name
        }

        /// A fragment, with its own bindings.
        package mutating func appendInterpolation(_ fragment: SQL) {
            fragments[fragments.count - 1] += fragment.fragments[0]
            fragments += fragment.fragments.dropFirst()
            bindings += fragment.bindings
        }

        /// A parenthesised list of values for `IN`: `(?, ?, ?)`. An empty list renders as
        /// `(NULL)`, which matches nothing, rather than the `()` both backends reject.
        package mutating func appendInterpolation(list values: some Sequence<some SQLEncodable>) {
            var first = true
            fragments[fragments.count - 1] += "("
            for value in values {
                if !first { fragments[fragments.count - 1] += ", " }
                first = false
                appendInterpolation(value)
            }
            fragments[fragments.count - 1] += first ? "NULL)" : ")"
        }
    }
}

extension Sequence<SQL> {
    /// The fragments joined by a separator, e.g. the `SET` assignments of a partial update.
    package func joined(separator: SQL) -> SQL {
        var result: SQL?
        for fragment in self {
            if result == nil {
                result = fragment
            } else {
                result!.append(separator)
                result!.append(fragment)
            }
        }
        return result ?? SQL(generated: "")
    }
}
