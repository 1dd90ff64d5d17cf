import GraphQL

/// The resolvers of the Clients object types, one file per type family.
extension ClientsSchema {
    static func registerObjects(in module: inout SchemaModule, ports: ClientsPorts) {
        registerClientObject(in: &module)
        registerClientCount(in: &module, sources: ports.counts)
        registerHistoryObjects(in: &module)
        registerEventObject(in: &module)
        registerPages(in: &module)
    }
}
