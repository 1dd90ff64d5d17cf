import GraphQL

// PLACEHOLDER: filled in by the Clients GraphQL slice work; not wired into the server until then.
extension ClientsSchema {
    static func registerEventMutations(in module: inout SchemaModule) {}
}
