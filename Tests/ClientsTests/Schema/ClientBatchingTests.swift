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
    /// every relation of a client.
    static let nestedPage = """
        query ClientsPage($limit: Int!) {
          clients(page: 1, limit: $limit, filter: {status: ACTIVE}) {
            data {
              id name email status type isEngaged
              assignedTo { id firstName lastName }
              createdBy { id firstName }
              boundUser { id }
              organization { id name }
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

    @Test(arguments: ClientsBackend.all)
    func aNestedPageCostsTheSameStatementsForOneTenAndAHundredClients(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database) { a, _ in
                FakeCountSource([.interactions: [:], .messages: [:], .surveys: [:]])
            }
            try await world.addActiveClients(100, to: world.a)
            var statements: [Int: Int] = [:]
            for size in [1, 10, 100] {
                let (response, count) = await world.counted(Self.nestedPage, as: world.a.admin, variables: ["limit": .int(size)])
                #expect(response.errors.isEmpty, "\(response.errors)")
                let rows = response.data?["clients"]?["data"]?.listValue ?? []
                #expect(rows.count == size)
                #expect(rows.allSatisfy { $0["events"]?.listValue?.count == 1 && $0["statusHistory"]?.listValue?.count == 1 })
                #expect(rows.allSatisfy { $0["assignedTo"]?["id"]?.stringValue == world.a.member.id.rawValue })
                statements[size] = count
            }
            #expect(statements[1] == statements[10] && statements[10] == statements[100], "\(statements)")
            // Far below one per client: the list, users, logins, organization, events, their
            // clients, history, changes and the events count, each once.
            #expect((statements[100] ?? .max) <= 12, "\(statements)")
            // One call per selected kind that the source counts, per request; the other kinds
            // cost nothing.
            let calls = try #require(world.counts).calls
            #expect(calls.count == 3 * 3)
        }
    }
}
