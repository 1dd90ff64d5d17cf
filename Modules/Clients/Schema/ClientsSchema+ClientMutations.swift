import GraphQL

// PLACEHOLDER: filled in by the Clients GraphQL slice work; not wired into the server until then.
extension ClientsSchema {
    static func registerClientMutations(in module: inout SchemaModule, ports: ClientsPorts) {}
}
