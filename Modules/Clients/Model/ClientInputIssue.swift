package import GraphQL

/// One problem with one input field: its name for `extensions.field`, its code, and a message a
/// person can act on.
package struct ClientInputIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input field at fault, dotted for nested ones (`address.region`).
    package let field: String
    /// BAD_USER_INPUT, or INVALID_TAX_ID for a tax id.
    package let code: ErrorCode
    package let message: String
    /// A stable, machine-readable reason where the code has several (a tax id's
    /// `CHECK_DIGIT_MISMATCH`, `WRONG_LENGTH_FOR_TYPE`, …), for clients that translate messages.
    package let reason: String?

    package init(field: String, code: ErrorCode, message: String, reason: String? = nil) {
        self.field = field
        self.code = code
        self.message = message
        self.reason = reason
    }

    package static func badUserInput(field: String, _ message: String) -> ClientInputIssue {
        ClientInputIssue(field: field, code: .badUserInput, message: message)
    }

    /// The `extensions` entries besides `code`: `field`, and `reason` when there is one.
    package var extensions: [String: Value] {
        var entries: [String: Value] = ["field": .string(field)]
        if let reason { entries["reason"] = .string(reason) }
        return entries
    }

    package var description: String { "\(code) on \(field): \(message)" }
}
