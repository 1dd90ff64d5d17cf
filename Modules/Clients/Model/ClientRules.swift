package import Tenancy
/// The organization settings that the client rules read: its country (tax-id rules) and the
/// status a new client gets when the input names none.
package struct ClientRules: Sendable, Hashable {
    /// ISO 3166-1 alpha-2, any case.
    package var country: String
    package var defaultStatus: ClientStatus

    package init(country: String, defaultStatus: ClientStatus = .default) {
        self.country = country
        self.defaultStatus = defaultStatus
    }
}
