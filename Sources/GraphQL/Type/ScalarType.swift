/// A scalar type and how its values are coerced in each direction.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Scalars
package struct ScalarType: Sendable {
    package var name: String
    package var description: String?
    package var specifiedByURL: String?
    package var coercion: ScalarCoercion
    package var directives: [Directive]

    package init(name: String, description: String? = nil, specifiedByURL: String? = nil, coercion: ScalarCoercion, directives: [Directive] = []) {
        self.name = name
        self.description = description
        self.specifiedByURL = specifiedByURL
        self.coercion = coercion
        self.directives = directives
    }
}

/// The three coercions of a scalar. Each throws ``CoercionError`` with a message that says what
/// was expected and what was found; the caller adds the location, path or variable name.
///
/// A class, so that a ``ScalarType`` copied out of the schema's table (as coercing each
/// variable does) retains one object rather than three closures.
package final class ScalarCoercion: Sendable {
    /// Result coercion: a resolver's value to the value written in the response.
    package let serialize: @Sendable (Value) throws(CoercionError) -> Value
    /// Input coercion of a variable's value, as read from JSON.
    package let parseValue: @Sendable (Value) throws(CoercionError) -> Value
    /// Input coercion of a literal written in the document. Never called with a variable.
    package let parseLiteral: @Sendable (ValueNode) throws(CoercionError) -> Value

    package init(
        serialize: @escaping @Sendable (Value) throws(CoercionError) -> Value,
        parseValue: @escaping @Sendable (Value) throws(CoercionError) -> Value,
        parseLiteral: @escaping @Sendable (ValueNode) throws(CoercionError) -> Value
    ) {
        self.serialize = serialize
        self.parseValue = parseValue
        self.parseLiteral = parseLiteral
    }
}

/// A value that a type cannot accept, with the reason.
package struct CoercionError: Error, Sendable, Hashable, CustomStringConvertible {
    package var message: String

    package init(_ message: String) {
        self.message = message
    }

    package var description: String { message }
}
