package import Foundation
package import Tenancy

/// What stays of a purged client for the audit trail: its refid, who purged it and when. The
/// client's other data is erased (the right to erasure); the refid also stays reserved.
package struct ClientTombstone: Sendable, Hashable {
    package let refid: RefID
    package let client: ClientID
    package let organization: OrganizationID
    package let purgedBy: UserID?
    package let purgedAt: Date

    package init(refid: RefID, client: ClientID, organization: OrganizationID, purgedBy: UserID?, purgedAt: Date) {
        self.refid = refid
        self.client = client
        self.organization = organization
        self.purgedBy = purgedBy
        self.purgedAt = purgedAt
    }
}
