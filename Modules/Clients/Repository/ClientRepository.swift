import Foundation
import GraphQL
package import Storage
package import Tenancy

/// Clients in storage, always seen through an ``AccessScope``: a client outside the scope behaves
/// exactly like one that never existed (nil on read, ``ClientRepositoryError/notFound(_:)`` on
/// write).
///
/// A value over a connection, like Tenancy's repositories: the caller opens the transaction
/// (`database.write { try ClientRepository($0).create(…) }`), so a write and its history rows
/// (status changes, change records, tombstone) commit together. Deleted clients are hidden unless
/// the scope includes them. Operations are split by concern into `ClientRepository+*.swift`.
package struct ClientRepository {
    package let connection: any SQLConnection

    package init(_ connection: any SQLConnection) {
        self.connection = connection
    }

    /// The client with this id, or nil when absent, outside `scope`, or deleted and the scope
    /// does not include deleted rows.
    package func client(_ id: ClientID, in scope: AccessScope) throws -> Client? {
        try connection.firstRow("SELECT \(Self.columns) FROM clients WHERE id = \(id) AND \(Self.visibleByKey(scope))").map(Self.decode)
    }

    /// The client with this refid, as ``client(_:in:)``.
    package func client(refid: RefID, in scope: AccessScope) throws -> Client? {
        try connection.firstRow("SELECT \(Self.columns) FROM clients WHERE refid = \(refid) AND \(Self.visibleByKey(scope))").map(Self.decode)
    }

    /// The clients of these ids that `scope` shows, by id: one statement for a whole batch (the
    /// GraphQL loaders' shape).
    package func clients(_ ids: some Collection<ClientID>, in scope: AccessScope) throws -> [ClientID: Client] {
        guard !ids.isEmpty else { return [:] }
        let found = try connection.rows(
            "SELECT \(Self.columns) FROM clients WHERE id IN \(list: Set(ids)) AND \(Self.visibleByKey(scope))", as: Self.decode)
        return Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The scope as a condition on the clients table: organization, confinement (a client is its
    /// own client) and deletion.
    package static func visible(_ scope: AccessScope) -> SQL {
        reach(scope) + " AND " + scope.deletedCondition("deleted_at")
    }

    /// ``visible(_:)`` for lookups by a unique key (id, refid), written so that only the key's
    /// index can serve them: the organization and reseller columns are compared as expressions,
    /// which no index covers.
    ///
    /// SQLite plans without statistics and takes an equality on any indexed column to match about
    /// ten rows, so `id IN (100 ids) AND organization_id = ?` walked the organization's million
    /// clients through an organization index (2 s) instead of making 100 lookups of the id index
    /// (under 1 ms). PostgreSQL, which keeps statistics, picks the id index either way.
    static func visibleByKey(_ scope: AccessScope) -> SQL {
        scope.recordCondition(organization: "(organization_id || '')", reseller: "(reseller_id || '')", client: "id")
            + " AND " + scope.deletedCondition("deleted_at")
    }

    /// The scope's organization and confinement without the deletion rule, for the calls that
    /// address deleted clients on purpose (restore, purge).
    static func reach(_ scope: AccessScope) -> SQL {
        scope.recordCondition(organization: "organization_id", reseller: "reseller_id", client: "id")
    }

    /// A sub-select of those of `ids` that are clients `scope` shows, for the tables that hang off
    /// clients: one lookup of the id index each (see ``visibleByKey(_:)``), where a sub-select of
    /// every visible client is built in full by SQLite, half a second at a million clients.
    static func visibleIDs(among ids: some Collection<ClientID>, _ scope: AccessScope) -> SQL {
        "SELECT id FROM clients WHERE id IN \(list: Set(ids)) AND \(visibleByKey(scope))"
    }

    static let columns: SQL = """
        id, organization_id, refid, name, first_name, last_name, email, phone, type, status, segment, tax_id, tax_id_country,
        business_name, billing_address, street, commune, region, address_country, acquisition_source, acquisition_detail,
        notes, metadata, assigned_to, reseller_id, created_by, total_purchases, lifetime_value, last_contact_at, last_purchase_at,
        created_at, updated_at, deleted_at
        """

    static func decode(_ row: Row) throws -> Client {
        let taxID: String? = try row.decode("tax_id")
        let taxCountry: String? = try row.decode("tax_id_country")
        let street: String? = try row.decode("street")
        let commune: String? = try row.decode("commune")
        let region: String? = try row.decode("region")
        let addressCountry: String? = try row.decode("address_country")
        let address = [street, commune, region, addressCountry].allSatisfy { $0 == nil }
            ? nil : PostalAddress(storedStreet: street, commune: commune, region: region, country: addressCountry)
        let email: String? = try row.decode("email")
        let phone: String? = try row.decode("phone")
        let draft = ClientDraft(
            name: try row.decode("name"), firstName: try row.decode("first_name"), lastName: try row.decode("last_name"),
            email: email.map(EmailAddress.init(stored:)), phone: phone.map(PhoneNumber.init(stored:)),
            type: try row.decode("type"), status: try row.decode("status"),
            taxId: taxID.map { TaxID(stored: $0, country: taxCountry ?? "") },
            businessName: try row.decode("business_name"), billingAddress: try row.decode("billing_address"), address: address,
            acquisitionSource: try row.decode("acquisition_source"), acquisitionDetail: try row.decode("acquisition_detail"),
            notes: try row.decode("notes"), metadata: try decodeMetadata(try row.decode("metadata")))
        return Client(
            id: try row.decode("id"), organization: try row.decode("organization_id"), refid: try row.decode("refid"),
            draft: draft, segment: try row.decode("segment"), assignedTo: try row.decode("assigned_to"),
            resellerID: try row.decode("reseller_id"), createdBy: try row.decode("created_by"),
            totalPurchases: try row.decode("total_purchases"), lifetimeValue: try row.decode("lifetime_value"),
            lastContactAt: try row.decode("last_contact_at"), lastPurchaseAt: try row.decode("last_purchase_at"), createdAt: try row.decode("created_at"),
            updatedAt: try row.decode("updated_at"), deletedAt: try row.decode("deleted_at"))
    }

    /// Metadata is stored as its JSON text; it was checked when written.
    static func decodeMetadata(_ text: String) throws -> Metadata {
        guard case .object(let object) = try JSONReader.parse(text) else {
            throw StorageError(.decoding, "clients.metadata is not a JSON object")
        }
        return Metadata(stored: object)
    }
}
