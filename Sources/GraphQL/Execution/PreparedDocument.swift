/// A request's document, parsed and valid against the engine's schema, ready to execute: what
/// ``Engine/prepare(_:)`` gives, so that a host can look at the operation (say, refuse a
/// mutation sent over HTTP GET) before it runs.
package struct PreparedDocument: Sendable {
    package let source: Source
    package let document: Document
    /// The plans of the document's operations, kept with it in the engine's cache; nil when the
    /// document is not cached (the cache is off, or the document too large for it).
    let plans: DocumentPlans?
}

/// The errors that stop a request before execution, as ``Engine/prepare(_:)`` reports them.
package struct RequestErrors: Error, Sendable {
    package let errors: [GraphQLError]
}
