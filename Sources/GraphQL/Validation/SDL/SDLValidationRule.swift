/// One rule of the type system, checked over every module's SDL and the schema built from it.
///
/// A rule reports each violation once, with graphql-js's message where graphql-js has one, and
/// tolerates every mistake other rules report (an unknown type, a duplicate name), so that one
/// mistake gives one message and not a cascade.
package protocol SDLValidationRule: Sendable {
    func validate(_ context: inout SDLValidationContext)
}
