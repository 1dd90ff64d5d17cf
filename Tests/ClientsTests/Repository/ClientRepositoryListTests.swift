import Clients
import Foundation
import Storage
import Tenancy
import Testing

/// `clients(filter, search, orderBy, page, limit, after)` and the batch reads' statement counts.
@Suite struct ClientRepositoryListTests {
    func list(_ world: ClientsWorld, _ query: ClientListQuery, in scope: AccessScope? = nil) async throws -> ClientListPage {
        try await world.database.read { try ClientRepository($0).list(query, in: scope ?? world.scopeA) }
    }

    @Test(arguments: ClientsBackend.all)
    func searchFindsNameEmailPhoneAndTaxIDBySubstringWhateverTheCaseAndAccents(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let gomez = try await world.create("José Gómez", email: "jose@campo.cl")
            let munoz = try await world.create("Ana Muñoz", taxID: "12345678-5")
            try await world.create("Pedro Soto", email: "pedro@otro.cl")
            try await world.create("Gomez Elsewhere", in: world.b)
            let byName = try await list(world, ClientListQuery(search: "GOMEZ"))
            #expect(byName.clients.map(\.id) == [gomez.id])
            #expect(byName.total == 1)
            #expect(try await list(world, ClientListQuery(search: "munoz")).clients.map(\.id) == [munoz.id])
            #expect(try await list(world, ClientListQuery(search: "@campo")).clients.map(\.id) == [gomez.id])
            #expect(try await list(world, ClientListQuery(search: "345678")).clients.map(\.id) == [munoz.id])
            #expect(try await list(world, ClientListQuery(search: "nobody")).total == 0)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func filtersNarrowTheListAndDeletedClientsNeedBothTheFilterAndTheScope(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let standalone = try await world.create("Standalone", at: ClientsWorld.epoch)
            let resold = try await world.create("Resold", reseller: world.resellerA, at: ClientsWorld.epoch.addingTimeInterval(10))
            let gone = try await world.create("Gone", at: ClientsWorld.epoch.addingTimeInterval(20))
            try await world.database.write { connection in
                _ = try ClientRepository(connection).transition(resold.id, to: .active, reason: nil, by: nil, at: ClientsWorld.epoch, in: world.scopeA)
                _ = try ClientRepository(connection).delete(gone.id, at: ClientsWorld.epoch, in: world.scopeA)
            }
            func ids(_ configure: (inout ClientFilter) -> Void, in scope: AccessScope? = nil) async throws -> [ClientID] {
                var filter = ClientFilter()
                configure(&filter)
                return try await list(world, ClientListQuery(filter: filter), in: scope).clients.map(\.id)
            }
            #expect(try await ids { _ in } == [standalone.id, resold.id])
            #expect(try await ids { $0.statuses = [.active] } == [resold.id])
            #expect(try await ids { $0.standalone = true } == [standalone.id])
            #expect(try await ids { $0.standalone = false } == [resold.id])
            #expect(try await ids { $0.reseller = world.resellerA } == [resold.id])
            #expect(try await ids { $0.createdFrom = ClientsWorld.epoch.addingTimeInterval(5) } == [resold.id])
            #expect(try await ids { $0.includeDeleted = true } == [standalone.id, resold.id])
            #expect(try await ids({ $0.includeDeleted = true }, in: world.superAdmin) == [standalone.id, resold.id, gone.id])
            #expect(try await ids({ $0.organization = world.b.id }, in: world.superAdmin) == [])
            #expect(try await ids({ _ in }, in: world.resellerScopeA) == [resold.id])
            #expect(try await ids({ _ in }, in: world.scopeB) == [])
        }
    }

    @Test(arguments: ClientsBackend.all)
    func pagesAndCursorsWalkTheOrderWithoutRepeatsOrGaps(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let names = ["Delta", "Alpha", "Charlie", "Bravo", "Echo", "Foxtrot", "Golf"]
            var created: [Client] = []
            for (offset, name) in names.enumerated() {
                created.append(try await world.create(name, at: ClientsWorld.epoch.addingTimeInterval(Double(offset))))
            }
            let byCreation = created.map(\.id)
            // Numbered pages, newest first.
            let order = ClientOrder(.createdAt, descending: true)
            var paged: [ClientID] = []
            for page in 1...3 {
                let result = try await list(world, ClientListQuery(order: order, page: page, limit: 3))
                #expect(result.total == 7 && result.totalPages == 3 && result.page == page)
                paged += result.clients.map(\.id)
            }
            #expect(paged == Array(byCreation.reversed()))
            // The cursor form gives the same walk.
            var cursor: SearchCursor?
            var walked: [ClientID] = []
            repeat {
                let result = try await list(world, ClientListQuery(order: order, limit: 3, after: cursor))
                walked += result.clients.map(\.id)
                cursor = result.next
            } while cursor != nil
            #expect(walked == paged)
            // A numbered page's cursor continues where it ended.
            let second = try await list(world, ClientListQuery(order: order, page: 2, limit: 3))
            let third = try await list(world, ClientListQuery(order: order, limit: 3, after: second.next))
            #expect(third.clients.map(\.id) == Array(paged[6...]))
            // Name order.
            let byName = try await list(world, ClientListQuery(order: ClientOrder(.name), limit: 100))
            #expect(byName.clients.map(\.draft.name) == byName.clients.map(\.draft.name).sorted())
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aNumberedPageOfASearchSkipsTheEarlierMatches(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            var matches: [ClientID] = []
            for index in 0..<5 {
                matches.append(try await world.create("Gómez \(index)", at: ClientsWorld.epoch.addingTimeInterval(Double(index))).id)
                try await world.create("Other \(index)", at: ClientsWorld.epoch.addingTimeInterval(Double(index)))
            }
            for text in ["gomez", "go"] {
                let second = try await list(world, ClientListQuery(search: text, page: 2, limit: 2))
                #expect(second.total == 5)
                #expect(second.clients.map(\.id) == Array(matches[2..<4]))
                let third = try await list(world, ClientListQuery(search: text, limit: 2, after: second.next))
                #expect(third.clients.map(\.id) == [matches[4]])
                #expect(third.next == nil)
            }
        }
    }

    @Test func theLimitDefaultsToTenAndStaysWithinOneAndAHundred() {
        #expect(ClientListQuery().limit == 10)
        #expect(ClientListQuery(limit: 1_000).limit == 100)
        #expect(ClientListQuery(limit: 0).limit == 1)
        #expect(ClientListQuery(page: -3).page == 1)
    }

    @Test(arguments: ClientsBackend.all)
    func batchReadsCostOneStatementWhateverTheBatchSize(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            var ids: [ClientID] = []
            for index in 0..<12 {
                let client = try await world.create("Client \(index)")
                ids.append(client.id)
                try await world.database.write { connection in
                    _ = try ClientRepository(connection).transition(client.id, to: .active, reason: nil, by: nil, at: ClientsWorld.epoch, in: world.scopeA)
                    try EventRepository(connection).create(
                        Event(organization: world.a.id, client: client.id, name: "Event \(index)", createdAt: ClientsWorld.epoch), in: world.scopeA)
                }
            }
            func statements(for batch: [ClientID]) async throws -> (Int, Int) {
                let counter = StatementCounter()
                let found = try await StatementCounter.$current.withValue(counter) {
                    try await world.database.read { connection in
                        let repository = ClientRepository(connection)
                        let clients = try repository.clients(batch, in: world.scopeA)
                        _ = try repository.statusHistory(of: batch, in: world.scopeA)
                        _ = try repository.changes(of: batch, in: world.scopeA)
                        _ = try EventRepository(connection).events(ofClients: batch, in: world.scopeA)
                        return clients.count
                    }
                }
                return (counter.value, found)
            }
            let small = try await statements(for: Array(ids.prefix(2)))
            let large = try await statements(for: ids)
            #expect(small.1 == 2 && large.1 == 12)
            #expect(small.0 == large.0)
            #expect(large.0 > 0)
            func listStatements(limit: Int) async throws -> (Int, Int) {
                let counter = StatementCounter()
                let count = try await StatementCounter.$current.withValue(counter) {
                    try await list(world, ClientListQuery(limit: limit)).clients.count
                }
                return (counter.value, count)
            }
            let shortPage = try await listStatements(limit: 2)
            let fullPage = try await listStatements(limit: 10)
            #expect(shortPage.1 == 2 && fullPage.1 == 10)
            #expect(shortPage.0 == fullPage.0)
        }
    }
}
