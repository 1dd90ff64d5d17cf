/// What a resolver knows beyond its source and arguments: the request and where it is.
package struct ResolveContext: Sendable {
    /// The caller's context, as the gateway made it.
    package var request: any RequestContext
    /// The object type whose field is being resolved.
    package var parentType: String
    package var fieldName: String
    /// The per-request loaders: caches of batch loads, keyed by what they load.
    package var loaders: LoaderRegistry
    /// The field's key in the response: its alias, or its name when it has none. With it a root
    /// field's resolver can name its own path (`[responseKey]`) in a response extension.
    package var responseKey: String
    /// The request's top-level `extensions`, which resolvers may add notes to.
    package var responseExtensions: ResponseExtensions

    package init(
        request: any RequestContext, parentType: String, fieldName: String, loaders: LoaderRegistry,
        responseKey: String? = nil, responseExtensions: ResponseExtensions = ResponseExtensions()
    ) {
        self.request = request
        self.parentType = parentType
        self.fieldName = fieldName
        self.loaders = loaders
        self.responseKey = responseKey ?? fieldName
        self.responseExtensions = responseExtensions
    }

    /// `Type.field`.
    package var coordinate: String { "\(parentType).\(fieldName)" }
}
