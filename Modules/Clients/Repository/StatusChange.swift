package import Foundation
package import Tenancy

/// One move of a client's lifecycle, written in the transaction that makes it (domain.md,
/// "Lifecycle"); the client's `statusHistory`.
package struct StatusChange: Sendable, Hashable {
    package let id: String
    package let client: ClientID
    package let from: ClientStatus
    package let to: ClientStatus
    package let at: Date
    package let by: UserID?
    package let reason: String?

    package init(id: String, client: ClientID, from: ClientStatus, to: ClientStatus, at: Date, by: UserID?, reason: String?) {
        self.id = id
        self.client = client
        self.from = from
        self.to = to
        self.at = at
        self.by = by
        self.reason = reason
    }
}
