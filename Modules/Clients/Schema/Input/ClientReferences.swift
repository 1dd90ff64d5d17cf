package import GraphQL
package import Tenancy

/// The fields of a client input that point at other records: the organization (create only),
/// the assignee and the owning reseller. ``ClientInput`` holds the values; these need storage
/// and ports to check, which the resolvers do inside the write's transaction.
///
/// A malformed id is refused here with the same answer as a well-formed id that points at
/// nothing, so the shape of an id tells a caller nothing: an assignee is BAD_USER_INPUT on
/// `assignedToId` (as the repository's check says), a reseller INVALID_RESELLER on `resellerId`.
package struct ClientReferences: Sendable, Hashable {
    /// `organizationId` as written; the resolver decides what it means for the caller.
    package var organizationID: String?
    package var assignedTo: InputField<UserID>
    package var reseller: InputField<ResellerID>

    package init(_ input: InputObject) throws(ResolverError) {
        organizationID = input.string("organizationId")
        switch input.field("assignedToId") {
        case .absent: assignedTo = .absent
        case .null: assignedTo = .null
        case .value(let text):
            guard let id = UserID(parsing: text) else { throw Self.invalidAssignee }
            assignedTo = .value(id)
        }
        switch input.field("resellerId") {
        case .absent: reseller = .absent
        case .null: reseller = .null
        case .value(let text):
            guard let id = ResellerID(parsing: text) else { throw Self.invalidReseller }
            reseller = .value(id)
        }
    }

    /// The repository's answer for an assignee that is no active member, for a malformed id.
    static let invalidAssignee: ResolverError = {
        let error = ClientRepositoryError.invalidAssignee(.generate())
        return ResolverError(error.message, code: error.code, extensions: error.extensions)
    }()

    /// INVALID_RESELLER on `resellerId`: malformed, unknown, another organization's, or not
    /// taking clients (the Resellers module's port decides), all alike.
    package static let invalidReseller = ResolverError(
        "resellerId names no reseller of the organization that takes clients.", code: ClientErrorCodes.invalidReseller,
        extensions: ["field": .string("resellerId")])
}
