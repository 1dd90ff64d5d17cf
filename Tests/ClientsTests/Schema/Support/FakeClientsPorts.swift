import Clients
import Storage
import Synchronization
import Tenancy

/// A ``ClientCountSource`` that answers fixed numbers per kind and client, and records every
/// call, so that a test sees one call per kind per page and the scope it was given.
final class FakeCountSource: ClientCountSource {
    struct Call: Sendable, Equatable {
        let kind: ClientCountKind
        let clients: Set<ClientID>
        let scope: AccessScope
    }

    let kinds: Set<ClientCountKind>
    private let numbers: [ClientCountKind: [ClientID: Int]]
    private let recorded = Mutex<[Call]>([])

    init(_ numbers: [ClientCountKind: [ClientID: Int]]) {
        self.numbers = numbers
        self.kinds = Set(numbers.keys)
    }

    var calls: [Call] { recorded.withLock { $0 } }

    func counts(_ kind: ClientCountKind, of clients: [ClientID], in scope: AccessScope, on connection: any SQLConnection) throws -> [ClientID: Int] {
        recorded.withLock { $0.append(Call(kind: kind, clients: Set(clients), scope: scope)) }
        return (numbers[kind] ?? [:]).filter { clients.contains($0.key) }
    }
}

/// A ``ResellerDirectory`` over a fixed set of resellers per organization.
struct FakeResellerDirectory: ResellerDirectory {
    var resellers: [OrganizationID: Set<ResellerID>] = [:]

    func acceptsClients(_ reseller: ResellerID, in organization: OrganizationID, on connection: any SQLConnection) throws -> Bool {
        resellers[organization]?.contains(reseller) ?? false
    }
}
