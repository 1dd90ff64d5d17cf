/// What a resolver knows beyond its source and arguments: the request and where it is.
package struct ResolveContext: Sendable {
    /// The field being resolved: its parent type, name and response key. A reference on purpose:
    /// the executor moves one context from field to field, and swapping one shared object (every
    /// planned field makes its own once) costs one retain instead of three strings' worth.
    final class Position: Sendable {
        let parentType: String
        let fieldName: String
        let responseKey: String

        init(parentType: String, fieldName: String, responseKey: String) {
            self.parentType = parentType
            self.fieldName = fieldName
            self.responseKey = responseKey
        }

        /// Where a context stands before the executor gives it its first field.
        static let unplaced = Position(parentType: "", fieldName: "", responseKey: "")
    }

    /// The caller's context, as the gateway made it.
    package var request: any RequestContext
    /// The per-request loaders: caches of batch loads, keyed by what they load.
    package var loaders: LoaderRegistry
    /// The request's top-level `extensions`, which resolvers may add notes to.
    package var responseExtensions: ResponseExtensions
    var position: Position

    package init(
        request: any RequestContext, parentType: String, fieldName: String, loaders: LoaderRegistry,
        responseKey: String? = nil, responseExtensions: ResponseExtensions = ResponseExtensions()
    ) {
        self.init(
            request: request, position: Position(parentType: parentType, fieldName: fieldName, responseKey: responseKey ?? fieldName),
            loaders: loaders, responseExtensions: responseExtensions)
    }

    init(request: any RequestContext, position: Position, loaders: LoaderRegistry, responseExtensions: ResponseExtensions) {
        self.request = request
        self.position = position
        self.loaders = loaders
        self.responseExtensions = responseExtensions
    }

    /// The object type whose field is being resolved.
    package var parentType: String { position.parentType }
    package var fieldName: String { position.fieldName }
    /// The field's key in the response: its alias, or its name when it has none. With it a root
    /// field's resolver can name its own path (`[responseKey]`) in a response extension.
    package var responseKey: String { position.responseKey }

    /// `Type.field`.
    package var coordinate: String { "\(parentType).\(fieldName)" }
}
