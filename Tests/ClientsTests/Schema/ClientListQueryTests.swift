import Clients
import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// `clients(filter, search, orderBy, page, limit, after)` through the schema (issue 6, item 6).
@Suite struct ClientListQueryTests {
    /// The names a `clients` call lists, in order, and its errors.
    static func names(_ world: ClientsSchemaWorld, _ arguments: String, as user: User? = nil) async -> ([String], [GraphQLError]) {
        let response = await world.run("{ clients\(arguments) { data { name } } }", as: user ?? world.a.admin)
        let names = response.data?["clients"]?["data"]?.listValue?.compactMap { $0["name"]?.stringValue } ?? []
        return (names, response.errors)
    }

    @Test(arguments: ClientsBackend.all)
    func everyFilterNarrowsTheList(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            let a = world.a
            func expectNames(_ arguments: String, _ expected: Set<String>, as user: User? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) async {
                let (names, errors) = await Self.names(world, arguments, as: user)
                #expect(errors.isEmpty, "\(arguments): \(errors)", sourceLocation: sourceLocation)
                #expect(Set(names) == expected, "\(arguments)", sourceLocation: sourceLocation)
            }
            await expectNames("(filter: {status: ACTIVE})", ["José Gómez"])
            await expectNames("(filter: {status: [PROSPECT, ACTIVE]})", ["José Gómez", "Ana Muñoz", "Cliente Portal"])
            await expectNames("(filter: {type: COMPANY})", [])
            await expectNames("(filter: {segment: OCCASIONAL})", ["José Gómez", "Ana Muñoz", "Cliente Portal"])
            await expectNames("(filter: {segment: [PREMIUM]})", [])
            await expectNames("(filter: {assignedToId: \"\(a.member.id)\"})", ["José Gómez"])
            await expectNames("(filter: {assignedToId: \"not-an-id\"})", [])
            await expectNames("(filter: {resellerId: \"\(a.resellerID)\"})", ["Ana Muñoz"])
            await expectNames("(filter: {standalone: true})", ["José Gómez", "Cliente Portal"])
            await expectNames("(filter: {standalone: false})", ["Ana Muñoz"])
            await expectNames("(filter: {region: \"NORTE\"})", ["José Gómez"])
            await expectNames("(filter: {createdFrom: \"2025-12-01T00:01:00Z\"})", ["Ana Muñoz", "Cliente Portal"])
            await expectNames("(filter: {createdTo: \"2025-12-01T00:01:00Z\"})", ["José Gómez"])
            await expectNames("(filter: {createdFrom: \"2025-12-01T00:01:00Z\", createdTo: \"2025-12-01T00:02:00Z\"})", ["Ana Muñoz"])
            // organizationId: platform staff pick one organization; anyone else keeps to its own
            // and another organization's id gives an empty page, as if it had no clients.
            await expectNames("(filter: {organizationId: \"\(world.b.organization.id)\"})", ["José Gómez", "Ana Muñoz", "Cliente Portal"], as: world.platformAdmin)
            let (both, _) = await Self.names(world, "(limit: 100)", as: world.platformAdmin)
            #expect(both.count == 6)
            await expectNames("(filter: {organizationId: \"\(world.b.organization.id)\"})", [])
            await expectNames("(filter: {organizationId: \"\(a.organization.id)\"})", ["José Gómez", "Ana Muñoz", "Cliente Portal"])
        }
    }

    @Test(arguments: ClientsBackend.all)
    func includeDeletedIsHonouredForSuperAdminsOnly(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            try await database.write { connection in
                _ = try ClientRepository(connection).delete(world.a.resold.id, at: ClientsSchemaWorld.epoch, in: AccessScope(Caller(world.superAdmin)!))
            }
            let filter = "(filter: {includeDeleted: true, organizationId: \"\(world.a.organization.id)\"})"
            #expect(Set(await Self.names(world, filter, as: world.superAdmin).0) == ["José Gómez", "Ana Muñoz", "Cliente Portal"])
            #expect(Set(await Self.names(world, "(filter: {organizationId: \"\(world.a.organization.id)\"})", as: world.superAdmin).0) == ["José Gómez", "Cliente Portal"])
            for user in [world.platformAdmin, world.a.owner, world.a.admin] {
                #expect(Set(await Self.names(world, filter, as: user).0) == ["José Gómez", "Cliente Portal"])
            }
        }
    }

    /// `engaged` uses each organization's own window: with B's window shortened to 10 days, a
    /// contact 30 days ago engages A's client and not B's, also in one list of platform staff.
    @Test(arguments: ClientsBackend.all)
    func engagedFollowsEachOrganizationsWindow(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            let now = ClientsSchemaWorld.epoch
            let day = 86_400.0
            try await database.write { connection in
                var b = world.b.organization
                b.settings.engagementWindowDays = 10
                _ = try OrganizationRepository(connection).update(b, in: .unrestricted)
                let repository = ClientRepository(connection)
                _ = try repository.recordContact(world.a.standalone.id, at: now.addingTimeInterval(-30 * day), in: .unrestricted)
                _ = try repository.recordContact(world.b.standalone.id, at: now.addingTimeInterval(-30 * day), in: .unrestricted)
                _ = try repository.recordPurchases(
                    world.b.resold.id, completed: 1, lifetimeValue: 500, lastPurchaseAt: now.addingTimeInterval(-2 * day),
                    thresholds: .default, in: .unrestricted)
            }
            let (engaged, errors) = await Self.names(world, "(filter: {engaged: true}, limit: 100)", as: world.platformAdmin)
            #expect(errors.isEmpty, "\(errors)")
            #expect(engaged.sorted() == ["Ana Muñoz", "José Gómez"])
            let response = await world.run("{ clients(filter: {engaged: true}) { data { id isEngaged } } }", as: world.platformAdmin)
            let ids = Set(response.data?["clients"]?["data"]?.listValue?.compactMap { $0["id"]?.stringValue } ?? [])
            #expect(ids == [world.a.standalone.id.rawValue, world.b.resold.id.rawValue])
            #expect(response.data?["clients"]?["data"]?.listValue?.allSatisfy { $0["isEngaged"] == .bool(true) } == true)
            let (others, _) = await Self.names(world, "(filter: {engaged: false}, limit: 100)", as: world.platformAdmin)
            #expect(others.count == 4)
            #expect(await Self.names(world, "(filter: {engaged: true})", as: world.b.admin).0 == ["Ana Muñoz"])
        }
    }

    @Test(arguments: ClientsBackend.all)
    func searchIgnoresCaseAndAccentsOverNameEmailPhoneAndTaxID(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            var withRUT = ClientDraft(name: "Comercial Andes")
            withRUT.taxId = try TaxID("12.345.678-5", country: "CL", clientType: .individual)
            _ = try await ClientsSchemaWorld.createClient(database, withRUT, of: world.b.organization, by: world.b.admin)
            #expect(await Self.names(world, "(search: \"Jose\")").0 == ["José Gómez"])
            #expect(await Self.names(world, "(search: \"  GÓMEZ \")").0 == ["José Gómez"])
            #expect(await Self.names(world, "(search: \"munoz\")").0 == ["Ana Muñoz"])
            #expect(await Self.names(world, "(search: \"ana@luna\")").0 == ["Ana Muñoz"])
            #expect(await Self.names(world, "(search: \"912345\")").0 == ["José Gómez"])
            #expect(await Self.names(world, "(search: \"5678-5\")", as: world.b.admin).0 == ["Comercial Andes"])
            #expect(await Self.names(world, "(search: \"5678-5\")").0 == [])
        }
    }

    /// Every order field, both ways.
    static let orders = ["CREATED_AT", "NAME", "TOTAL_PURCHASES", "LIFETIME_VALUE", "LAST_CONTACT_AT"].flatMap { ["\($0) ASC", "\($0) DESC"] }

    @Test(arguments: ClientsBackend.all, orders)
    func eachOrderSortsBothWaysAndItsCursorWalkVisitsEveryRowOnce(_ backend: ClientsBackend, order: String) async throws {
        let field = String(order.split(separator: " ")[0]), direction = String(order.split(separator: " ")[1])
        let descending = direction == "DESC"
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            let ids = try await world.addActiveClients(7, to: world.a)
            try await database.write { connection in
                let repository = ClientRepository(connection)
                for (index, id) in ids.enumerated() {
                    _ = try repository.recordPurchases(
                        id, completed: index % 3, lifetimeValue: (index * 37) % 5, lastPurchaseAt: nil, thresholds: .default, in: .unrestricted)
                    if index % 2 == 0 {
                        _ = try repository.recordContact(id, at: ClientsSchemaWorld.epoch.addingTimeInterval(Double(index % 3) * 60), in: .unrestricted)
                    }
                }
            }
            let select = "data { id name totalPurchases lifetimeValue lastContactAt createdAt } meta { total page limit totalPages } pageInfo { endCursor hasNextPage }"
            let whole = await world.run("{ clients(orderBy: {field: \(field), direction: \(direction)}, limit: 100) { \(select) } }", as: world.a.admin)
            #expect(whole.errors.isEmpty, "\(whole.errors)")
            let rows = whole.data?["clients"]?["data"]?.listValue ?? []
            #expect(rows.count == 10)
            let key: (Value) -> String = { row in
                switch field {
                case "NAME": row["name"]?.stringValue ?? ""
                case "TOTAL_PURCHASES": String(row["totalPurchases"]?.intValue ?? -1)
                case "LIFETIME_VALUE": String(row["lifetimeValue"]?.intValue ?? -1)
                case "LAST_CONTACT_AT": row["lastContactAt"]?.stringValue ?? ""
                default: row["createdAt"]?.stringValue ?? ""
                }
            }
            let keys = rows.map(key)
            #expect(keys == (descending ? keys.sorted(by: >) : keys.sorted()), "\(field) \(direction): \(keys)")
            // A walk by cursor, three at a time, sees the same rows in the same order.
            var walked: [String] = []
            var after: String?
            var pages = 0
            repeat {
                let afterArgument = after.map { ", after: \"\($0)\"" } ?? ""
                let page = await world.run("{ clients(orderBy: {field: \(field), direction: \(direction)}, limit: 3\(afterArgument)) { \(select) } }", as: world.a.admin)
                #expect(page.errors.isEmpty, "\(page.errors)")
                let clients = page.data?["clients"]
                walked += clients?["data"]?.listValue?.compactMap { $0["id"]?.stringValue } ?? []
                #expect(clients?["meta"]?["total"] == .int(10))
                #expect(clients?["meta"]?["page"] == (after == nil ? .int(1) : .null))
                after = clients?["pageInfo"]?["endCursor"]?.stringValue
                #expect(after != nil)
                pages += 1
                if clients?["pageInfo"]?["hasNextPage"] != .bool(true) { break }
            } while pages < 10
            #expect(pages == 4)
            #expect(walked == rows.compactMap { $0["id"]?.stringValue })
        }
    }

    @Test(arguments: ClientsBackend.all)
    func pagesByNumberCarryMetaAndPageInfo(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            try await world.addActiveClients(4, to: world.a)
            let select = "data { name } meta { total page limit totalPages } pageInfo { endCursor hasNextPage }"
            let second = await world.run("{ clients(orderBy: {field: NAME}, page: 2, limit: 3) { \(select) } }", as: world.a.admin)
            let page = second.data?["clients"]
            #expect(page?["data"]?.listValue?.compactMap { $0["name"]?.stringValue } == ["Bulk 2", "Bulk 3", "Cliente Portal"])
            #expect(page?["meta"] == .object(OrderedObject([("total", .int(7)), ("page", .int(2)), ("limit", .int(3)), ("totalPages", .int(3))])))
            #expect(page?["pageInfo"]?["hasNextPage"] == .bool(true))
            // The end cursor of a numbered page continues where it ended.
            let cursor = try #require(page?["pageInfo"]?["endCursor"]?.stringValue)
            let (next, _) = await Self.names(world, "(orderBy: {field: NAME}, limit: 3, after: \"\(cursor)\")")
            #expect(next == ["José Gómez"])
            let last = await world.run("{ clients(orderBy: {field: NAME}, page: 3, limit: 3) { \(select) } }", as: world.a.admin)
            #expect(last.data?["clients"]?["data"]?.listValue?.count == 1)
            #expect(last.data?["clients"]?["pageInfo"]?["hasNextPage"] == .bool(false))
            #expect(last.data?["clients"]?["pageInfo"]?["endCursor"]?.stringValue != nil)
            let beyond = await world.run("{ clients(page: 9, limit: 3) { \(select) } }", as: world.a.admin)
            #expect(beyond.data?["clients"]?["data"]?.listValue == [])
            #expect(beyond.data?["clients"]?["pageInfo"]?["endCursor"] == .null)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func badArgumentsAreRefusedNamingTheArgument(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            let nameCursor = await world.run("{ clients(orderBy: {field: NAME}, limit: 1) { pageInfo { endCursor } } }", as: world.a.admin)
            let cursor = try #require(nameCursor.data?["clients"]?["pageInfo"]?["endCursor"]?.stringValue)
            let cases: [(String, String)] = [
                ("(page: 0)", "page"), ("(limit: 0)", "limit"), ("(search: \"   \")", "search"), ("(after: \"%%%\")", "after"),
                ("(after: \"bm90LWEtY3Vyc29y\")", "after"), ("(after: \"\(cursor)\")", "after"),
                ("(orderBy: {field: NAME, direction: DESC}, after: \"\(cursor)\")", "after"),
            ]
            for (arguments, field) in cases {
                let response = await world.run("{ clients\(arguments) { data { id } } }", as: world.a.admin)
                // ClientPage! is non-null, so the refusal nulls the whole data.
                #expect(response.data?["clients"] == nil, "\(arguments)")
                #expect(response.errors.map(\.code) == [.badUserInput], "\(arguments)")
                #expect(response.errors.first?.extensions["field"] == .string(field), "\(arguments)")
            }
            // The same cursor in its own order is fine.
            #expect(await Self.names(world, "(orderBy: {field: NAME}, after: \"\(cursor)\")").1.isEmpty)
        }
    }

    /// The engine's guard refuses a `limit` above 100 before anything runs: not cut to 100.
    @Test(arguments: ClientsBackend.all)
    func aLimitAboveAHundredIsRefusedBeforeExecution(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            for query in ["{ clients(limit: 101) { data { id } } }", "{ events(limit: 500) { data { id } } }"] {
                let (response, statements) = await world.counted(query, as: world.a.admin)
                #expect(response.data == nil)
                #expect(response.errors.map(\.code) == [.queryTooComplex])
                #expect(statements == 0)
            }
            let variable = await world.run("query($n: Int!) { clients(limit: $n) { data { id } } }", as: world.a.admin, variables: ["n": .int(101)])
            #expect(variable.errors.map(\.code) == [.queryTooComplex])
            #expect(await Self.names(world, "(limit: 100)").1.isEmpty)
        }
    }
}
