import Storage
import Synchronization
import Tenancy

/// A ``ClientAssignments`` that records what it was asked to release, and can be told to fail
/// so that a test sees the deactivation roll back.
final class RecordingClientAssignments: ClientAssignments {
    struct Release: Equatable, Sendable {
        let user: UserID
        let organization: OrganizationID
    }

    struct Failure: Error {}

    private let state = Mutex<(releases: [Release], fails: Bool)>(([], false))

    var releases: [Release] { state.withLock { $0.releases } }

    func failNextCalls() { state.withLock { $0.fails = true } }

    func releaseAssignments(of user: UserID, in organization: OrganizationID, connection: any SQLConnection) throws -> Int {
        try state.withLock { state in
            if state.fails { throw Failure() }
            state.releases.append(Release(user: user, organization: organization))
            return 2
        }
    }
}

/// ``LoginBindings`` over fixed sets of resellers and clients per organization.
struct FakeLoginBindings: LoginBindings {
    var resellers: [OrganizationID: Set<ResellerID>] = [:]
    var clients: [OrganizationID: Set<ClientID>] = [:]

    func resellerExists(_ reseller: ResellerID, in organization: OrganizationID, connection: any SQLConnection) throws -> Bool {
        resellers[organization]?.contains(reseller) ?? false
    }

    func clientExists(_ client: ClientID, in organization: OrganizationID, connection: any SQLConnection) throws -> Bool {
        clients[organization]?.contains(client) ?? false
    }
}
