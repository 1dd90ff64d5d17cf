import GraphQL
import Storage
import Tenancy

/// `ClientPage` and `EventPage`; `PageMeta` and `PageInfo` are Tenancy's.
extension ClientsSchema {
    static func registerPages(in module: inout SchemaModule) {
        module.resolvers(for: "ClientPage", on: RecordPage<Client>.self) { page in
            page.field("data") { .objects($0.data) }
            page.field("meta") { .object($0.meta) }
            page.field("pageInfo") { .object($0.pageInfo) }
        }
        module.resolvers(for: "EventPage", on: RecordPage<Event>.self) { page in
            page.field("data") { .objects($0.data) }
            page.field("meta") { .object($0.meta) }
            page.field("pageInfo") { .object($0.pageInfo) }
        }
    }
}
