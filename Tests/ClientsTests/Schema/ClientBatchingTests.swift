import Clients
import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// Issue 6, item 7: a page of clients with its relations costs a fixed number of statements,
/// whatever its size.
@Suite struct ClientBatchingTests {
    /// The W2 workload's page (`/work/shared/bench/workloads/w2_nested_page.graphql`) widened to
    /// every relation of a client; `extra` adds fields.
    static func nestedPage(_ extra: String = "") -> String {
        """
        query ClientsPage($limit: Int!) {
          clients(page: 1, limit: $limit, filter: {status: ACTIVE}) {
            data {
              id name email status type \(extra)
              assignedTo { id firstName lastName }
              createdBy { id firstName }
              boundUser { id }
              events { id name startsAt client { id name } }
              statusHistory { from to at by { id } }
              changes { field by { id } }
              _count { events interactions messages unreadMessages surveys billingLinks pendingInvoices }
            }
            meta { total page limit totalPages }
            pageInfo { endCursor hasNextPage }
          }
        }
        """
    }

    /// The statements of the nested page for 1, 10 and 100 clients.
    static func statements(_ world: ClientsSchemaWorld, extra: String = "") async -> [Int: Int] {
        var statements: [Int: Int] = [:]
        for size in [1, 10, 100] {
            let (response, count) = await world.counted(nestedPage(extra), as: world.a.admin, variables: ["limit": .int(size)])
            #expect(response.errors.isEmpty, "\(response.errors)")
            let rows = response.data?["clients"]?["data"]?.listValue ?? []
            #expect(rows.count == size)
            #expect(rows.allSatisfy { $0["events"]?.listValue?.count == 1 && $0["statusHistory"]?.listValue?.count == 1 })
            #expect(rows.allSatisfy { $0["assignedTo"]?["id"]?.stringValue == world.a.member.id.rawValue })
            statements[size] = count
        }
        return statements
    }

    @Test(arguments: ClientsBackend.all)
    func aNestedPageCostsTheSameStatementsForOneTenAndAHundredClients(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database) { a, _ in
                FakeCountSource([.interactions: [:], .messages: [:], .surveys: [:]])
            }
            try await world.addActiveClients(100, to: world.a)
            let statements = await Self.statements(world)
            #expect(statements[1] == statements[10] && statements[10] == statements[100], "\(statements)")
            // The list (page and total), the assignees, the creators, the logins, the events,
            // their clients, the status history, its authors, the changes and the events count.
            #expect(statements[100] == 11, "\(statements)")
            // One call per selected kind that the source counts, per request; the other kinds
            // cost nothing.
            let calls = try #require(world.counts).calls
            #expect(calls.count == 3 * 3)
        }
    }

    /// `organization` and `isEngaged` read the same organizations through one loader, side by
    /// side: whichever starts second waits for the first one's fetch, so together they cost one
    /// statement, whatever the page size.
    @Test(arguments: ClientsBackend.all)
    func organizationAndEngagementShareOneStatementWhateverThePageSize(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            try await world.addActiveClients(100, to: world.a)
            let base = await Self.statements(world)
            let wider = await Self.statements(world, extra: "isEngaged organization { id name }")
            for size in [1, 10, 100] {
                let added = (wider[size] ?? 0) - (base[size] ?? 0)
                #expect(added == 1, "\(size): \(base) vs \(wider)")
            }
        }
    }
}
