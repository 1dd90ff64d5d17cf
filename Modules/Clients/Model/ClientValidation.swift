/// A client input that passed every rule: the record to write and what to warn about.
package struct ClientValidation: Sendable, Hashable {
    package let draft: ClientDraft
    /// Accepted doubts (an RFC's check digit) for the response's `extensions.warnings`.
    package let warnings: [ClientInputWarning]
}
