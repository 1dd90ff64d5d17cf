package import GraphQL

extension ResolveContext {
    /// The request's ``AccessContext``.
    ///
    /// - Throws: ``MissingAccessContext`` when the request was executed with another context: a
    ///   wiring defect, reported as an internal error (never as data of some default caller).
    package func access() throws -> AccessContext {
        guard let access = request as? AccessContext else {
            throw MissingAccessContext(coordinate: coordinate, found: "\(type(of: request))")
        }
        return access
    }
}

/// A tenant field ran without an ``AccessContext``.
package struct MissingAccessContext: Error, Sendable, CustomStringConvertible {
    package let coordinate: String
    package let found: String

    package var description: String {
        "\(coordinate) needs an AccessContext as the request context, got \(found)"
    }
}
