package import Foundation
package import Tenancy

/// Who changed which field of a client from what to what (`Client.changes`), one per field an
/// update really changed.
///
/// Values are kept as the text the API shows (an address as its parts joined, metadata as JSON,
/// nil for an absent value): an audit trail is read by people, and a text column serves every
/// field's type.
package struct ClientChange: Sendable, Hashable {
    package let client: ClientID
    package let field: String
    package let from: String?
    package let to: String?
    package let at: Date
    package let by: UserID?

    package init(client: ClientID, field: String, from: String?, to: String?, at: Date, by: UserID?) {
        self.client = client
        self.field = field
        self.from = from
        self.to = to
        self.at = at
        self.by = by
    }
}
