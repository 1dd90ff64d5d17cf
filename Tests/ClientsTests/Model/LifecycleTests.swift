import Tenancy
import Clients
import GraphQL
import Testing

@Suite struct LifecycleTests {
    /// domain.md's table, written out again so that a change to either is noticed.
    private static let table: [ClientStatus: Set<ClientStatus>] = [
        .prospect: [.active, .pending, .inactive],
        .pending: [.active, .inactive],
        .active: [.completed, .suspended, .inactive],
        .suspended: [.active, .inactive],
        .completed: [.active, .inactive],
        .inactive: [.prospect],
    ]

    @Test func allowedTargetsAreTheDomainTable() {
        for status in ClientStatus.allCases {
            #expect(Set(Lifecycle.allowedTargets(from: status)) == Self.table[status], "from \(status)")
        }
        #expect(Lifecycle.allowedTargets(from: .prospect) == [.active, .pending, .inactive])
    }

    @Test(arguments: ClientStatus.allCases)
    func everyPairIsAllowedExactlyWhenTheTableSaysSo(from: ClientStatus) throws {
        for to in ClientStatus.allCases {
            let allowed = Self.table[from]?.contains(to) ?? false
            #expect(Lifecycle.allows(from: from, to: to) == allowed, "\(from) → \(to)")
            if allowed {
                let change = try Lifecycle.transition(from: from, to: to)
                #expect(change.from == from)
                #expect(change.to == to)
            } else {
                do {
                    _ = try Lifecycle.transition(from: from, to: to)
                    Issue.record("\(from) → \(to) was allowed")
                } catch {
                    #expect(error.from == from)
                    #expect(error.to == to)
                    #expect(Set(error.allowed) == Self.table[from])
                }
            }
        }
    }

    @Test func sameStatusIsDenied() {
        for status in ClientStatus.allCases {
            #expect(!Lifecycle.allows(from: status, to: status))
        }
        do {
            _ = try Lifecycle.transition(from: .active, to: .active)
            Issue.record("ACTIVE → ACTIVE was allowed")
        } catch {
            #expect(error.message.contains("already ACTIVE"))
        }
    }

    @Test func deniedTransitionCarriesFromToAndAllowed() {
        do {
            _ = try Lifecycle.transition(from: .inactive, to: .active)
            Issue.record("INACTIVE → ACTIVE was allowed")
        } catch {
            #expect(error.from == .inactive)
            #expect(error.to == .active)
            #expect(error.allowed == [.prospect])
            #expect(error.code.rawValue == "STATUS_TRANSITION_DENIED")
            #expect(error.extensions["from"] == "INACTIVE")
            #expect(error.extensions["to"] == "ACTIVE")
            #expect(error.extensions["allowed"] == ["PROSPECT"])
            #expect(error.message == "A client cannot move from INACTIVE to ACTIVE; from INACTIVE it may move to PROSPECT")
        }
    }

    @Test func suspendedClientCanOnlyBeReactivatedOrRetired() {
        do {
            _ = try Lifecycle.transition(from: .suspended, to: .completed)
            Issue.record("SUSPENDED → COMPLETED was allowed")
        } catch {
            #expect(error.extensions["allowed"] == ["ACTIVE", "INACTIVE"])
        }
    }
}
