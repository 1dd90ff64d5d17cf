/// What a resolver knows beyond its source and arguments: the request and where it is.
package struct ResolveContext: Sendable {
    /// The caller's context, as the gateway made it.
    package var request: any RequestContext
    /// The object type whose field is being resolved.
    package var parentType: String
    package var fieldName: String
    /// The per-request loaders: caches of batch loads, keyed by what they load.
    package var loaders: LoaderRegistry

    package init(request: any RequestContext, parentType: String, fieldName: String, loaders: LoaderRegistry) {
        self.request = request
        self.parentType = parentType
        self.fieldName = fieldName
        self.loaders = loaders
    }

    /// `Type.field`.
    package var coordinate: String { "\(parentType).\(fieldName)" }
}
