import GraphQL

/// The engine benchmark's schema (../shared/bench/schema.graphql) with resolvers over
/// ``BenchData``, shaped like the real modules' resolvers: plain reads are `field`, the
/// user behind `assignedTo` goes through a batch resolver and a per-request loader, as a storage
/// lookup would.
enum BenchSchema {
    struct Page: Sendable {
        let clients: ArraySlice<Int>
        let total: Int
        let page: Int
        let limit: Int
    }

    struct Counts: Sendable {
        let events: Int
        let interactions: Int
    }

    static func module(sdl: String, data: BenchData) -> SchemaModule {
        var module = SchemaModule(name: "bench", sdl: sdl, sourceName: "bench/schema.graphql")
        module.resolvers(for: "Query", on: Void.self) { query in
            query.sync("client") { _, arguments, _ in
                guard let id = arguments.string("id"), let index = Int(id), data.clients.indices.contains(index) else {
                    return .null
                }
                return .object(data.clients[index])
            }
            query.sync("clients") { _, arguments, _ in
                let filter = arguments.object("filter")
                let matching = data.matching(status: filter?["status"]?.stringValue, type: filter?["type"]?.stringValue)
                let page = max(1, arguments.int("page") ?? 1)
                let limit = max(1, arguments.int("limit") ?? 10)
                let start = min(matching.count, (page - 1) * limit)
                let end = min(matching.count, start + limit)
                return .object(Page(clients: matching[start..<end], total: matching.count, page: page, limit: limit))
            }
        }
        module.resolvers(for: "ClientPage", on: Page.self) { page in
            page.field("data") { page in .list(page.clients.map { .object(data.clients[$0]) }) }
            page.field("meta") { .object($0) }
        }
        module.resolvers(for: "PageMeta", on: Page.self) { meta in
            meta.field("total") { .int($0.total) }
            meta.field("page") { .int($0.page) }
            meta.field("limit") { .int($0.limit) }
            meta.field("totalPages") { .int(($0.total + $0.limit - 1) / $0.limit) }
        }
        module.resolvers(for: "Client", on: BenchData.Client.self) { client in
            client.field("id") { .string($0.id) }
            client.field("refid") { .string($0.refid) }
            client.field("name") { .string($0.name) }
            client.field("email") { .string($0.email) }
            client.field("phone") { .string($0.phone) }
            client.field("status") { .string($0.status) }
            client.field("type") { .string($0.type) }
            client.field("segment") { .string($0.segment) }
            client.field("createdAt") { .string($0.createdAt) }
            client.field("events") { .objects($0.events) }
            client.field("_count") { .object(Counts(events: $0.events.count, interactions: $0.interactionCount)) }
            client.batch("assignedTo") { clients, _, context in
                let loader = context.loaders.loader("users", of: Int.self, BenchData.User.self)
                let users = try await loader.load(clients.map(\.assignedTo)) { keys in
                    Dictionary(uniqueKeysWithValues: keys.map { ($0, data.users[$0]) })
                }
                return clients.map { client in users[client.assignedTo].map { .object($0) } ?? .null }
            }
        }
        module.resolvers(for: "User", on: BenchData.User.self) { user in
            user.field("id") { .string($0.id) }
            user.field("firstName") { .string($0.firstName) }
            user.field("lastName") { .string($0.lastName) }
            user.field("email") { .string($0.email) }
        }
        module.resolvers(for: "Event", on: BenchData.Event.self) { event in
            event.field("id") { .string($0.id) }
            event.field("name") { .string($0.name) }
            event.field("startsAt") { .string($0.startsAt) }
        }
        module.resolvers(for: "ClientCounts", on: Counts.self) { counts in
            counts.field("events") { .int($0.events) }
            counts.field("interactions") { .int($0.interactions) }
        }
        return module
    }
}
