package import Foundation

/// A business using Clientela: the tenant that every other record belongs to.
package struct Organization: Sendable, Hashable, TenantRecord {
    package var id: OrganizationID
    package var name: String
    /// A short unique name for URLs and the command line (`agencia-luna`).
    package var slug: String
    /// ISO 3166-1 alpha-2, upper case; decides the tax-id rules of its clients.
    package var country: String
    /// ISO 4217, upper case; the currency of its totals.
    package var currency: String
    package var settings: OrganizationSettings
    package var createdAt: Date

    package init(
        id: OrganizationID = .generate(), name: String, slug: String, country: String, currency: String,
        settings: OrganizationSettings = .defaults, createdAt: Date = Date()
    ) {
        self.id = id
        self.name = name
        self.slug = slug
        self.country = country
        self.currency = currency
        self.settings = settings
        self.createdAt = createdAt
    }

    package var organizationID: OrganizationID? { id }
    package var isOrganizationWide: Bool { true }
}
