/// The settings an organization tunes the other modules with, with domain.md's defaults.
package struct OrganizationSettings: Sendable, Hashable {
    /// The status a new client gets when none is given.
    package var defaultClientStatus: ClientStatus = .prospect
    /// The start of every client refid, such as `CL-`.
    package var refidPrefix = "CL-"
    /// Completed sales from which a client is PREMIUM.
    package var premiumMinPurchases = 21
    /// Completed sales from which a client is REGULAR (below it, OCCASIONAL).
    package var regularMinPurchases = 5
    /// How far back an interaction or a purchase makes a client engaged.
    package var engagementWindowDays = 365
    /// Days without an interaction after which a client is reported inactive.
    package var inactivityAlertDays = 180

    package init() {}

    /// The defaults of domain.md.
    package static let defaults = OrganizationSettings()
}
