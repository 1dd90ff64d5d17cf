import GraphQL
import Storage
import Tenancy

/// `event(id)` and `events(filter, page, limit)`. Events are read by page number only, so their
/// `pageInfo.endCursor` is always null and `hasNextPage` says whether a further page exists.
extension ClientsSchema {
    static func registerEventQueries(in module: inout SchemaModule) {
        module.resolve("Query", "event", .async { _, arguments, context in
            let access = try context.access()
            guard let id = arguments.string("id").flatMap(UUIDv7.canonical) else { return .null }
            let event = try await access.database.read { try EventRepository($0).event(id, in: access.scope) }
            return event.map { .object($0) } ?? .null
        })
        module.resolve("Query", "events", .async { _, arguments, context in
            let access = try context.access()
            let page = try ListArguments.page(arguments)
            let limit = try ListArguments.limit(arguments)
            var filter = EventFilter()
            if let input = arguments.object("filter") {
                filter.statuses = try ListArguments.enumList(input, "status", as: EventStatus.self)
                filter.startsFrom = try ListArguments.date(input, "startsFrom")
                filter.startsTo = try ListArguments.date(input, "startsTo")
                if let text = input["clientId"]?.stringValue {
                    guard let client = ClientID(parsing: text) else {
                        let meta = PageMeta(total: 0, page: page, limit: limit)
                        return .object(RecordPage<Event>(data: [], meta: meta, pageInfo: PageInfo(endCursor: nil, hasNextPage: false)))
                    }
                    filter.client = client
                }
            }
            let checked = filter
            let found = try await access.database.read { connection in
                try EventRepository(connection).list(checked, page: page, limit: limit, in: access.scope)
            }
            let meta = PageMeta(total: found.total, page: page, limit: limit)
            let pageInfo = PageInfo(endCursor: nil, hasNextPage: page * limit < found.total)
            return .object(RecordPage(data: found.events, meta: meta, pageInfo: pageInfo))
        })
    }
}
