package import GraphQL

/// One problem with one input field: its name for `extensions.field`, its code, and a message a
/// person can act on.
package struct ClientInputIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input field at fault, dotted for nested ones (`address.region`).
    package let field: String
    /// BAD_USER_INPUT, or INVALID_TAX_ID for a tax id.
    package let code: ErrorCode
    package let message: String

    package init(field: String, code: ErrorCode, message: String) {
        self.field = field
        self.code = code
        self.message = message
    }

    package static func badUserInput(field: String, _ message: String) -> ClientInputIssue {
        ClientInputIssue(field: field, code: .badUserInput, message: message)
    }

    /// The `extensions` entries besides `code`.
    package var extensions: [String: Value] { ["field": .string(field)] }

    package var description: String { "\(code) on \(field): \(message)" }
}
