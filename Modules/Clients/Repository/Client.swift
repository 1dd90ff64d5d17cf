package import Foundation
package import Tenancy

/// A stored client: its checked fields (``ClientDraft``) and what the repository keeps beside them.
///
/// `totalPurchases`, `lifetimeValue` (minor units of the organization's currency) and
/// `lastContactAt` are written by other modules through ports (BillingLinks, Interactions); they
/// live on the row so that lists can order by them without reading other modules' tables.
package struct Client: Sendable, Hashable, TenantRecord {
    package var id: ClientID
    package var organization: OrganizationID
    package var refid: RefID
    package var draft: ClientDraft
    package var segment: ClientSegment
    package var assignedTo: UserID?
    package var resellerID: ResellerID?
    package var createdBy: UserID?
    package var totalPurchases: Int
    package var lifetimeValue: Int
    package var lastContactAt: Date?
    /// The latest completed sale, as BillingLinks reports it; with ``lastContactAt`` it decides
    /// whether the client is engaged.
    package var lastPurchaseAt: Date?
    package var createdAt: Date
    package var updatedAt: Date
    package var deletedAt: Date?

    package init(
        id: ClientID, organization: OrganizationID, refid: RefID, draft: ClientDraft, segment: ClientSegment = .occasional,
        assignedTo: UserID? = nil, resellerID: ResellerID? = nil, createdBy: UserID? = nil, totalPurchases: Int = 0,
        lifetimeValue: Int = 0, lastContactAt: Date? = nil, lastPurchaseAt: Date? = nil, createdAt: Date, updatedAt: Date, deletedAt: Date? = nil
    ) {
        self.id = id
        self.organization = organization
        self.refid = refid
        self.draft = draft
        self.segment = segment
        self.assignedTo = assignedTo
        self.resellerID = resellerID
        self.createdBy = createdBy
        self.totalPurchases = totalPurchases
        self.lifetimeValue = lifetimeValue
        self.lastContactAt = lastContactAt
        self.lastPurchaseAt = lastPurchaseAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
    }

    package var organizationID: OrganizationID? { organization }
    package var isOrganizationWide: Bool { false }
    package var owningResellerID: ResellerID? { resellerID }
    package var owningClientID: ClientID? { id }
}
