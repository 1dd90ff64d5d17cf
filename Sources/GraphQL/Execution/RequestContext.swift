/// What the executor needs to know about the caller of one request.
///
/// The gateway's context carries the authenticated user, tenant scope and storage; resolvers cast
/// ``ResolveContext/request`` to it. The engine itself only asks the permission question.
package protocol RequestContext: Sendable {
    /// Whether the caller may read a field that carries a permission directive, for the object
    /// `source` the field belongs to (so that "the owning reseller" can be checked).
    func mayRead(_ permission: FieldPermission, source: any Sendable) -> Bool
}

/// A context that may read every field: for tools, tests and the benchmark.
package struct UnrestrictedContext: RequestContext {
    package init() {}
    package func mayRead(_ permission: FieldPermission, source: any Sendable) -> Bool { true }
}
