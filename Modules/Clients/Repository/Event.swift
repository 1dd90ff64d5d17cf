package import Foundation
package import Tenancy

/// An engagement a client contracts (a wedding, a machine's overhaul). Its client is optional:
/// events are linked and unlinked by mutations, and outlive a purged client with no client.
package struct Event: Sendable, Hashable {
    package var id: String
    package var organization: OrganizationID
    package var client: ClientID?
    package var name: String
    package var startsAt: Date?
    package var endsAt: Date?
    package var status: EventStatus
    package var createdAt: Date

    package init(
        id: String = UUIDv7.generate(), organization: OrganizationID, client: ClientID? = nil, name: String, startsAt: Date? = nil,
        endsAt: Date? = nil, status: EventStatus = .default, createdAt: Date
    ) {
        self.id = id
        self.organization = organization
        self.client = client
        self.name = name
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.status = status
        self.createdAt = createdAt
    }
}
