/// One place in the SDL where directives may be applied: a type (with its extensions), a field,
/// an argument, an enum value, an input field or the schema.
package struct DirectiveUsage: Sendable {
    /// The directive location the place is.
    package var location: DirectiveLocation
    /// The directives applied there.
    package var directives: [SDLElement<Directive>]
    /// Places with the same group count as one for "only once at this location": a type's
    /// definition and its extensions, or the schema and its extensions.
    package var group: String
}
