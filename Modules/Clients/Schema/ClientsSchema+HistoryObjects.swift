import GraphQL
import Storage
import Tenancy

/// The records that describe a client's past and parts: `StatusChange`, `ClientChange`,
/// `ClientTombstone` and `Address`. Their users go through Tenancy's loader, so the authors of a
/// whole page of histories cost one statement.
extension ClientsSchema {
    static func registerHistoryObjects(in module: inout SchemaModule) {
        module.resolvers(for: "StatusChange", on: StatusChange.self) { change in
            change.field("id") { .string($0.id) }
            change.field("from") { .enumValue($0.from) }
            change.field("to") { .enumValue($0.to) }
            change.field("at") { .dateTime($0.at) }
            change.field("reason") { .string($0.reason) }
            change.batch("by") { changes, _, context in try await users(changes.map(\.by), context: context) }
        }
        module.resolvers(for: "ClientChange", on: ClientChange.self) { change in
            change.field("field") { .string($0.field) }
            change.field("from") { .string($0.from) }
            change.field("to") { .string($0.to) }
            change.field("at") { .dateTime($0.at) }
            change.batch("by") { changes, _, context in try await users(changes.map(\.by), context: context) }
        }
        module.resolvers(for: "ClientTombstone", on: ClientTombstone.self) { tombstone in
            tombstone.field("refid") { .string($0.refid.value) }
            tombstone.field("purgedAt") { .dateTime($0.purgedAt) }
            tombstone.batch("purgedBy") { tombstones, _, context in try await users(tombstones.map(\.purgedBy), context: context) }
        }
        module.resolvers(for: "Address", on: PostalAddress.self) { address in
            address.field("street") { .string($0.street) }
            address.field("commune") { .string($0.commune) }
            address.field("region") { .string($0.region) }
            address.field("country") { .string($0.country) }
        }
    }
}
