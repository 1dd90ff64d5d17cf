package import GraphQL

/// The domain failures of Tenancy's repositories: broken uniqueness rules, in terms a caller can
/// act on. The resolvers turn them into GraphQL errors with ``resolverError``.
package enum TenancyError: Error, Sendable, Hashable {
    /// Another organization has this slug.
    case slugTaken
    /// Another user has this email (case-insensitively).
    case emailTaken
    /// Another user has this identity-provider subject.
    case externalIDTaken
    /// The client already has an active CLIENT login.
    case clientLoginTaken

    /// The error as the API reports it: DUPLICATE_EMAIL for an email, BAD_USER_INPUT naming the
    /// field for the others.
    package var resolverError: ResolverError {
        switch self {
        case .slugTaken: .badUserInput("This slug is already taken.", field: "slug")
        case .emailTaken: ResolverError("This email is already in use.", code: .duplicateEmail, extensions: ["field": "email"])
        case .externalIDTaken: .badUserInput("This external id is already linked to another user.", field: "externalId")
        case .clientLoginTaken: .badUserInput("This client already has an active login.", field: "clientId")
        }
    }
}
