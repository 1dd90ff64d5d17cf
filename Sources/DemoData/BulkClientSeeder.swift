import Clients
package import Foundation
package import Storage
package import Tenancy

/// Generates many demo clients into an organization fast: `clientela seed-demo --clients N` and
/// the `clientela-bench clients` dataset.
///
/// Clients are made by ``DemoClientFactory`` (the same words as the small demo) and written by
/// ``ClientRepository/importClients(_:in:using:)``: multi-row `INSERT`s of 500 through one
/// prepared statement, 10,000 clients a transaction, so a million is a few hundred commits, not a
/// million; the search index follows by itself (triggers on SQLite, a generated column on
/// PostgreSQL). Statuses are set as an import sets them, without StatusChanges; a share of the
/// clients are assigned to the team and some have purchases, so lists and filters have something
/// to find.
///
/// Client numbers continue after every client the organization ever had (live, deleted or
/// purged), so a second run adds new clients whose RFCs and emails (which carry the number)
/// collide with none of the generator's earlier ones, and its data depends only on where it
/// starts.
package struct BulkClientSeeder: Sendable {
    package let database: any SQLDatabase
    package let organization: Organization
    /// The active team members clients may be assigned to; the first is the creator.
    package let team: [UserID]
    package var batchSize = 10_000

    package init(database: any SQLDatabase, organization: Organization, team: [UserID]) {
        self.database = database
        self.organization = organization
        self.team = team
    }

    /// Adds `count` clients.
    ///
    /// - Parameter progress: Called after each committed batch with the clients added so far.
    /// - Returns: The number of clients added.
    /// - Throws: ``StorageError`` or ``ClientRepositoryError``; the batches committed before stay.
    @discardableResult
    package func seed(count: Int, now: Date = Date(), progress: (Int) -> Void = { _ in }) async throws -> Int {
        let organization = organization
        let start = try await database.read { connection in
            let live = try connection.scalar("SELECT count(*) FROM clients WHERE organization_id = \(organization.id)", as: Int.self) ?? 0
            let purged = try connection.scalar(
                "SELECT count(*) FROM client_tombstones WHERE organization_id = \(organization.id)", as: Int.self) ?? 0
            return live + purged
        }
        var factory = DemoClientFactory(seed: 0xB01C ^ UInt64(start))
        var refids = SeededGenerator(seed: 0x5EED ^ UInt64(start) &* 131)
        let span = max(1, now.timeIntervalSince(DemoSeed.firstDay))
        let scope = AccessScope.unrestricted
        var added = 0
        while added < count {
            let size = min(batchSize, count - added)
            var batch: [Client] = []
            batch.reserveCapacity(size)
            for offset in 0..<size {
                let number = start + added + offset
                let demo = factory.make(number: number, distinctEmail: true)
                let created = DemoSeed.firstDay.addingTimeInterval(span * Double(added + offset) / Double(count))
                let purchases = demo.status == .completed ? factory.generator.int(in: 1...30) : 0
                batch.append(Client(
                    id: .generate(), organization: organization.id,
                    refid: try RefID.generate(prefix: organization.settings.refidPrefix, using: &refids), draft: demo.draft,
                    segment: .for(completedPurchases: purchases),
                    assignedTo: team.isEmpty || !factory.generator.chance(70) ? nil : factory.generator.pick(team),
                    createdBy: team.first, totalPurchases: purchases, lifetimeValue: purchases * 2_500_000,
                    createdAt: created, updatedAt: created))
            }
            let ready = batch
            let before = refids
            refids = try await database.write { connection in
                var drawn = before
                _ = try ClientRepository(connection).importClients(ready, in: scope, using: &drawn)
                return drawn
            }
            added += size
            progress(added)
        }
        return added
    }
}
