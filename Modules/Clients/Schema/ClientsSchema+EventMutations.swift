import GraphQL

// TEMPORARY: the mutation slice (branch clients-mutations) replaces this file. The SchemaBuilder
// refuses a field without a resolver, so until then each mutation answers an internal error.
extension ClientsSchema {
    static func registerEventMutations(in module: inout SchemaModule) {
        for field in ["createEvent", "updateEvent", "linkEvent", "unlinkEvent"] {
            module.resolve("Mutation", field, .sync { _, _, _ in
                throw ResolverError("\(field) is not implemented yet.", code: .internalServerError)
            })
        }
    }
}
