import Foundation
import GraphQL
import Storage
package import Tenancy

extension ClientRepository {
    /// Inserts many clients whose fields were checked before (drafts built by ``ClientDraft``'s
    /// rules or by a generator that follows them), with multi-row `INSERT`s: the bulk path of
    /// `clientela seed-demo --clients N` and of imports.
    ///
    /// Every client keeps the values it was given, its status included: like `createClient`'s
    /// first status, an imported status is where the client already is, not a transition, so no
    /// StatusChange is written. The search index needs nothing here: SQLite's triggers and
    /// PostgreSQL's generated column keep it in step with any `INSERT` (see
    /// ``ClientsMigrations/search``), exactly as for ``create(_:organization:refidPrefix:resellerID:assignedTo:createdBy:at:in:)``.
    ///
    /// Refids are never reused: each chunk's refids are first checked against the tombstones, and
    /// a chunk whose insert collides with a live refid is retried in a savepoint with fresh refids
    /// for the whole chunk (drawn from `generator` with the refid's prefix). Email and tax-id
    /// uniqueness is the caller's to keep; a duplicate fails the statement as a ``StorageError``
    /// and, with the surrounding transaction, nothing of the batch remains. Two statements per
    /// chunk of at most 500 clients. Run it inside ``SQLDatabase/write(_:)``.
    ///
    /// - Parameter scope: Must reach every client's organization, unconfined (an import is
    ///   staff's work).
    /// - Returns: The clients as stored (with any refid that was drawn again).
    /// - Throws: ``ClientRepositoryError/notFound(_:)`` for a client outside `scope`;
    ///   ``ClientRepositoryError/refidExhausted(attempts:)``; ``StorageError``.
    package func importClients(
        _ clients: [Client], in scope: AccessScope, using generator: inout some RandomNumberGenerator
    ) throws -> [Client] {
        var stored: [Client] = []
        stored.reserveCapacity(clients.count)
        var start = clients.startIndex
        while start < clients.endIndex {
            let end = min(start + Self.importChunk, clients.endIndex)
            var chunk = Array(clients[start..<end])
            for client in chunk where scope.confinement != .none || !scope.contains(organization: client.organization) {
                throw ClientRepositoryError.notFound(client.id)
            }
            try insertChunk(&chunk, using: &generator)
            stored += chunk
            start = end
        }
        return stored
    }

    /// Clients per multi-row statement: 34 values a row stays under both backends' parameter
    /// limits, and the full chunks share one statement text (one prepared statement on SQLite).
    static let importChunk = 500

    private func insertChunk(_ chunk: inout [Client], using generator: inout some RandomNumberGenerator) throws {
        for attempt in 0..<Self.refidAttempts {
            if attempt > 0 {
                for index in chunk.indices { chunk[index].refid = try Self.redraw(chunk[index].refid, using: &generator) }
            }
            let tombstoned = try connection.rows(
                "SELECT refid FROM client_tombstones WHERE refid IN \(list: chunk.map(\.refid.value))"
            ) { try $0.decode("refid", as: String.self) }
            if !tombstoned.isEmpty { continue }
            do {
                try connection.transaction {
                    try connection.insert(into: "clients", columns: Self.importColumns, rows: chunk.map(Self.importValues))
                }
                return
            } catch let error as StorageError where error.isUniqueViolation("clients_refid_unique") {
                continue
            }
        }
        throw ClientRepositoryError.refidExhausted(attempts: Self.refidAttempts)
    }

    private static func redraw(_ refid: RefID, using generator: inout some RandomNumberGenerator) throws -> RefID {
        do {
            return try RefID.generate(prefix: String(refid.prefix), using: &generator)
        } catch {
            throw StorageError(.invalidArgument, "the refid prefix \(refid.prefix) is invalid: \(error)")
        }
    }

    static let importColumns: [SQLIdentifier] = [
        "id", "organization_id", "refid", "name", "first_name", "last_name", "email", "phone", "type", "status", "segment",
        "tax_id", "tax_id_key", "tax_id_country", "business_name", "billing_address", "street", "commune", "region",
        "address_country", "acquisition_source", "acquisition_detail", "notes", "metadata", "assigned_to", "reseller_id",
        "created_by", "total_purchases", "lifetime_value", "last_contact_at", "last_contact_key", "created_at", "updated_at",
        "deleted_at",
    ]

    /// A client's values in the order of ``importColumns``, as ``create(_:organization:refidPrefix:resellerID:assignedTo:createdBy:at:in:)``
    /// and the activity writers store them.
    private static func importValues(_ client: Client) -> [SQLValue] {
        let draft = client.draft
        return [
            client.id.sqlValue, client.organization.sqlValue, client.refid.sqlValue, draft.name.sqlValue,
            draft.firstName.sqlValue, draft.lastName.sqlValue, draft.email?.value.sqlValue ?? .null,
            draft.phone?.value.sqlValue ?? .null, draft.type.sqlValue, draft.status.sqlValue, client.segment.sqlValue,
            draft.taxId?.value.sqlValue ?? .null, draft.taxId?.duplicateKey.sqlValue ?? .null,
            draft.taxId.map(countryOf).sqlValue, draft.businessName.sqlValue, draft.billingAddress.sqlValue,
            draft.address?.street.sqlValue ?? .null, draft.address?.commune.sqlValue ?? .null,
            draft.address?.region.sqlValue ?? .null, draft.address?.country.sqlValue ?? .null,
            draft.acquisitionSource.sqlValue, draft.acquisitionDetail.sqlValue, draft.notes.sqlValue,
            JSONWriter.text(of: draft.metadata.value).sqlValue, client.assignedTo.sqlValue, client.resellerID.sqlValue,
            client.createdBy.sqlValue, client.totalPurchases.sqlValue, client.lifetimeValue.sqlValue,
            client.lastContactAt.sqlValue, (client.lastContactAt.map(Timestamp.format) ?? "").sqlValue,
            client.createdAt.sqlValue, client.updatedAt.sqlValue, client.deletedAt.sqlValue,
        ]
    }
}
