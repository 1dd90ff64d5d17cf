import Clients
import Foundation
import GraphQL
import Storage
import Tenancy

extension ClientsBackend {
    /// A fresh schema world on this backend whose purges call `purgeParticipants`.
    func withMutationWorld<T>(
        purgeParticipants: [any ClientPurgeParticipant] = [], _ body: (ClientsSchemaWorld) async throws -> T
    ) async throws -> T {
        try await withDatabase { database in
            try await body(try await ClientsSchemaWorld.make(database, purgeParticipants: purgeParticipants))
        }
    }
}

extension ClientsSchemaWorld {
    /// One number read from storage, bypassing every scope (what is really written).
    func count(_ sql: SQL) async throws -> Int {
        try await database.read { try $0.scalar(sql, as: Int.self) ?? 0 }
    }

    /// Rows of every table a client write touches, to show that a refused write left nothing.
    func footprint() async throws -> [Int] {
        [
            try await count("SELECT count(*) FROM clients"),
            try await count("SELECT count(*) FROM client_changes"),
            try await count("SELECT count(*) FROM status_changes"),
            try await count("SELECT count(*) FROM client_tombstones"),
            try await count("SELECT count(*) FROM events"),
            try await count("SELECT count(*) FROM events WHERE client_id IS NULL"),
        ]
    }

    /// The stored client, deleted or not.
    func stored(_ id: ClientID) async throws -> Client? {
        try await database.read { try ClientRepository($0).client(id, in: .unrestricted) }
    }

    /// Changes organization A's settings (refid prefix, default status...).
    func setSettings(of organization: Organization, _ change: (inout OrganizationSettings) -> Void) async throws {
        var changed = organization
        change(&changed.settings)
        let updated = changed
        _ = try await database.write { try OrganizationRepository($0).update(updated, in: .unrestricted) }
    }
}
