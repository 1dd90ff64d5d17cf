package import GraphQL

extension ErrorCode {
    package static let duplicateEmail = ErrorCode("DUPLICATE_EMAIL")
    package static let invalidReseller = ErrorCode("INVALID_RESELLER")
}

extension ResolverError {
    /// NOT_FOUND for a record that is absent or outside the caller's scope: one message for
    /// both, naming only the kind, so the answer tells nothing about other tenants.
    package static func notFound(_ kind: String) -> ResolverError {
        ResolverError("No \(kind) with this id.", code: .notFound)
    }

    /// FORBIDDEN for a record the caller can see but may not change.
    package static func forbidden(_ message: String) -> ResolverError {
        ResolverError(message, code: .forbidden)
    }
}
