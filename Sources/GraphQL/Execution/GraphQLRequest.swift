/// One GraphQL request as a client sends it: the document text, which operation to run, and the
/// variables' JSON values.
package struct GraphQLRequest: Sendable, Hashable {
    package var query: String
    package var operationName: String?
    package var variables: OrderedObject?

    package init(query: String, operationName: String? = nil, variables: OrderedObject? = nil) {
        self.query = query
        self.operationName = operationName
        self.variables = variables
    }
}
