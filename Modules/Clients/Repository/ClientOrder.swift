import Storage

/// The orders of `clients(orderBy: …)`, each ascending or descending; the row id closes ties so
/// that pages and cursors are exact.
package struct ClientOrder: Sendable, Hashable {
    package enum Field: String, Sendable, Hashable, CaseIterable {
        case createdAt, name, totalPurchases, lifetimeValue, lastContactAt

        /// The NOT NULL column a list sorts on (`last_contact_key` stands for `lastContactAt`, ''
        /// when there was no contact, so that never-contacted clients come first ascending).
        var column: SQLIdentifier {
            switch self {
            case .createdAt: "created_at"
            case .name: "name"
            case .totalPurchases: "total_purchases"
            case .lifetimeValue: "lifetime_value"
            case .lastContactAt: "last_contact_key"
            }
        }
    }

    package var field: Field
    package var descending: Bool

    package init(_ field: Field = .createdAt, descending: Bool = false) {
        self.field = field
        self.descending = descending
    }

    var searchOrder: SearchOrder { SearchOrder([field.column], descending: descending) }
}
