package import Foundation
package import Tenancy

/// The filters of `clients(filter: …)` (domain.md, "Listing"); every one that is set must hold.
///
/// `organization` narrows platform staff to one organization (anyone else's scope already has
/// one, and naming another yields nothing). `includeDeleted` is honoured only when the scope
/// includes deleted rows. `engagedSince` is the start of the organization's engagement window
/// (`now - engagementWindowDays`): the caller computes it, the repository compares
/// `lastContactAt` and `lastPurchaseAt` with it. A list that spans organizations (platform staff)
/// gives ``engagedSinceByOrganization`` instead, since each organization has its own window.
package struct ClientFilter: Sendable, Hashable {
    package var statuses: [ClientStatus] = []
    package var types: [ClientType] = []
    package var segments: [ClientSegment] = []
    package var assignedTo: UserID?
    package var reseller: ResellerID?
    /// true: only clients without a reseller; false: only resold ones.
    package var standalone: Bool?
    package var organization: OrganizationID?
    /// The region of the address, compared case-insensitively.
    package var region: String?
    /// true: engaged clients only; false: the others. Needs ``engagedSince`` or
    /// ``engagedSinceByOrganization``.
    package var engaged: Bool?
    package var engagedSince: Date?
    /// The start of each organization's window, for a list over several organizations; when set
    /// it replaces ``engagedSince``, and a client of an organization it does not name is never
    /// engaged.
    package var engagedSinceByOrganization: [OrganizationID: Date]?
    package var createdFrom: Date?
    package var createdTo: Date?
    package var includeDeleted = false

    package init() {}
}
