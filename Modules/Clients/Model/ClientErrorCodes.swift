package import GraphQL

/// The `extensions.code` values the Clients module adds to the engine's (api.md, "Error codes").
///
/// A namespace of its own rather than static members on ``ErrorCode``: another module adding a
/// member of the same name would make every use ambiguous in the gateway, which imports both.
package enum ClientErrorCodes {
    package static let invalidTaxID = ErrorCode("INVALID_TAX_ID")
    package static let statusTransitionDenied = ErrorCode("STATUS_TRANSITION_DENIED")
    /// Raised by the repository (a unique index), listed here so that every Clients code is in one place.
    package static let duplicateTaxID = ErrorCode("DUPLICATE_TAX_ID")
    /// Raised by the repository (a unique index), listed here so that every Clients code is in one place.
    package static let duplicateEmail = ErrorCode("DUPLICATE_EMAIL")
    /// A `resellerId` that names no reseller of the organization taking clients.
    package static let invalidReseller = ErrorCode("INVALID_RESELLER")
}
