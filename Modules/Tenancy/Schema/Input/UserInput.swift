package import GraphQL

/// `CreateUserInput` and `UpdateUserInput`, checked.
///
/// Names up to 100 characters, external ids up to 255. A RESELLER login must name its reseller
/// and a CLIENT login its client, and no other role may name either. The organization is decided
/// by the resolver, which knows the caller (see ``TenancySchema``).
package enum UserInput {
    /// What `CreateUserInput` asks for, checked field by field.
    package struct Creation: Sendable {
        /// The organization as written, nil when omitted; the resolver decides what it means.
        package var organizationID: String?
        package var firstName: String
        package var lastName: String
        package var email: String
        package var role: Role
        package var externalID: String?
        package var resellerID: ResellerID?
        package var clientID: ClientID?
    }

    package static func creating(_ input: InputObject) throws(ResolverError) -> Creation {
        guard let role = try input.enumeration("role", as: Role.self) else {
            throw .badUserInput("role is required.", field: "role")
        }
        var creation = Creation(
            organizationID: input.string("organizationId"),
            firstName: try InputRules.text(try input.required("firstName"), field: "firstName", maximum: 100),
            lastName: try InputRules.text(try input.required("lastName"), field: "lastName", maximum: 100),
            email: try InputRules.email(try input.required("email")),
            role: role,
            externalID: try input.string("externalId").map { value throws(ResolverError) in try externalID(value) })
        let reseller = input.string("resellerId")
        let client = input.string("clientId")
        switch role {
        case .reseller:
            guard let reseller else { throw .badUserInput("A RESELLER login needs its resellerId.", field: "resellerId") }
            guard let id = ResellerID(parsing: reseller) else { throw invalidReseller }
            creation.resellerID = id
        case .client:
            guard let client else { throw .badUserInput("A CLIENT login needs its clientId.", field: "clientId") }
            guard let id = ClientID(parsing: client) else { throw unknownClient }
            creation.clientID = id
        default:
            break
        }
        if role != .reseller, reseller != nil {
            throw .badUserInput("Only a RESELLER login names a reseller.", field: "resellerId")
        }
        if role != .client, client != nil {
            throw .badUserInput("Only a CLIENT login names a client.", field: "clientId")
        }
        return creation
    }

    /// `user` changed by `UpdateUserInput`. Omitted fields keep their value; `externalId: null`
    /// unlinks the identity provider (the only field that may be cleared).
    ///
    /// A role may change only within the organization roles (ORG_OWNER, ORG_ADMIN, ORG_MEMBER)
    /// or within the platform roles: the other changes would need an organization, a reseller or
    /// a client to appear or vanish, which is a different login, so they are refused.
    package static func updating(_ user: User, with input: InputObject) throws(ResolverError) -> User {
        var changed = user
        if let first = input.string("firstName") { changed.firstName = try InputRules.text(first, field: "firstName", maximum: 100) }
        if let last = input.string("lastName") { changed.lastName = try InputRules.text(last, field: "lastName", maximum: 100) }
        if let email = input.string("email") { changed.email = try InputRules.email(email) }
        if input.isNull("externalId") {
            changed.externalID = nil
        } else if let external = input.string("externalId") {
            changed.externalID = try externalID(external)
        }
        if let role = try input.enumeration("role", as: Role.self), role != user.role {
            let compatible = (role.isOrgStaff && user.role.isOrgStaff) || (role.isPlatformStaff && user.role.isPlatformStaff)
            guard compatible else {
                throw .badUserInput(
                    "A \(user.role.rawValue) cannot become a \(role.rawValue): roles change within the organization roles or within the platform roles; create a new login instead.",
                    field: "role")
            }
            changed.role = role
        }
        return changed
    }

    /// The error for a reseller that is malformed, absent, or another organization's.
    package static let invalidReseller = ResolverError(
        "No reseller with this id in the organization.", code: .invalidReseller, extensions: ["field": "resellerId"])

    /// The error for a client that is malformed, absent, or another organization's.
    package static let unknownClient = ResolverError.badUserInput("No client with this id in the organization.", field: "clientId")

    private static func externalID(_ value: String) throws(ResolverError) -> String {
        try InputRules.text(value, field: "externalId", maximum: 255)
    }
}
