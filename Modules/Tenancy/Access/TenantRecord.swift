/// A value that belongs to a tenant: what the scope and the field permissions need to know about
/// a record, read from the record itself so that a check never touches storage.
///
/// Every module's model types that carry restricted fields, or that mutations authorize, conform:
/// a Client names its organization, its owning reseller and itself as the client; an Interaction
/// names its client's organization, reseller and client; an ApiToken names its owner.
package protocol TenantRecord: Sendable {
    /// The organization the record belongs to; nil for platform-level records (platform staff).
    var organizationID: OrganizationID? { get }
    /// The reseller whose portfolio the record is in, if any.
    var owningResellerID: ResellerID? { get }
    /// The client the record is or concerns, if any.
    var owningClientID: ClientID? { get }
    /// The user who owns the record, for records that have one owner (an API token, a user).
    var ownerUserID: UserID? { get }
    /// Whether every caller of the organization sees the record, whatever its confinement: true
    /// for the organization itself (a RESELLER or CLIENT login sees its organization).
    var isOrganizationWide: Bool { get }
}

extension TenantRecord {
    package var owningResellerID: ResellerID? { nil }
    package var owningClientID: ClientID? { nil }
    package var ownerUserID: UserID? { nil }
    package var isOrganizationWide: Bool { false }
}
