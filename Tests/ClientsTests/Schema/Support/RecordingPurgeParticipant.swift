import Clients
import Storage
import Synchronization
import Tenancy

/// A ``ClientPurgeParticipant`` that records each call and what it saw on the purge's own
/// connection: whether the client's row was still there (so the call ran inside the purge's
/// transaction, before the row went). With `fails` it refuses, and the purge must roll back.
final class RecordingPurgeParticipant: ClientPurgeParticipant {
    struct Call: Sendable, Equatable {
        let client: ClientID
        let organization: OrganizationID
        let sawClientRow: Bool
    }

    let fails: Bool
    private let recorded = Mutex<[Call]>([])

    init(fails: Bool = false) {
        self.fails = fails
    }

    var calls: [Call] { recorded.withLock { $0 } }

    func purgeRecords(of client: ClientID, organization: OrganizationID, on connection: any SQLConnection) throws {
        let rows = try connection.scalar("SELECT count(*) FROM clients WHERE id = \(client)", as: Int.self) ?? 0
        recorded.withLock { $0.append(Call(client: client, organization: organization, sawClientRow: rows == 1)) }
        if fails { throw StorageError(.invalidArgument, "participant refused") }
    }
}
