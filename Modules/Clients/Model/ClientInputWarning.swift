package import GraphQL

/// Something accepted but worth a second look, returned with the saved client so the API can
/// put it in the response's `extensions.warnings` (nothing is refused for it).
///
/// The only warning so far: an RFC whose SAT check digit does not match. About 1.5% of the RFCs
/// SAT really issued fail the published algorithm, so a mismatch cannot be a refusal.
package struct ClientInputWarning: Sendable, Hashable, CustomStringConvertible {
    /// The input field the warning is about.
    package let field: String
    /// A stable, machine-readable name (`RFC_CHECK_DIGIT_MISMATCH`).
    package let code: String
    package let message: String

    package init(field: String, code: String, message: String) {
        self.field = field
        self.code = code
        self.message = message
    }

    /// The warning as one entry of `extensions.warnings`: `{field, code, message}`.
    package var value: Value {
        ["field": .string(field), "code": .string(code), "message": .string(message)]
    }

    package var description: String { "\(code) on \(field): \(message)" }
}
