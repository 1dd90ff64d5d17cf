import GraphQL
import Storage
import Tenancy

/// `ClientCount`: events counted here in one grouped statement; every other kind asked of the
/// module that owns it through ``ClientCountSource``, one call per kind per level of the query.
/// A kind no source counts is 0, which is what the server answers until that module is wired.
extension ClientsSchema {
    static func registerClientCount(in module: inout SchemaModule, sources: [any ClientCountSource]) {
        module.resolvers(for: "ClientCount", on: ClientCountRequest.self) { count in
            count.batch("events") { requests, _, context in
                let access = try context.access()
                let ids = requests.map(\.client)
                let counts = try await access.database.read { try EventRepository($0).counts(ofClients: ids, in: access.scope) }
                return ids.map { .int(counts[$0] ?? 0) }
            }
            for kind in ClientCountKind.allCases {
                let source = sources.first { $0.kinds.contains(kind) }
                count.batch(kind.rawValue) { requests, _, context in
                    guard let source else { return requests.map { _ in .int(0) } }
                    let access = try context.access()
                    let ids = requests.map(\.client)
                    let counts = try await access.database.read { connection in
                        try source.counts(kind, of: Array(Set(ids)), in: access.scope, on: connection)
                    }
                    return ids.map { .int(counts[$0] ?? 0) }
                }
            }
        }
    }
}
