/// Reads what the built-in and permission directives applied in SDL say.
///
/// These readers take the literal as written and never fail: a malformed argument (a reason that
/// is not a string, a role that is not a name) is reported by the rules that check directive
/// arguments, and the builder just ignores it.
enum AppliedDirectives {
    /// The first directive of that name.
    static func first(_ name: String, in directives: [Directive]) -> Directive? {
        directives.first { $0.name.value == name }
    }

    /// The value written for an argument of an applied directive.
    static func argument(_ name: String, of directive: Directive) -> ValueNode? {
        directive.arguments.first { $0.name.value == name }?.value
    }

    /// The deprecation reason `@deprecated` gives, nil when it is not applied.
    ///
    /// An absent or `null` reason gives the specification's default, "No longer supported", so
    /// that a deprecated element always reports a reason.
    static func deprecationReason(_ directives: [Directive]) -> String? {
        guard let deprecated = first(DirectiveDefinition.deprecated.name, in: directives) else { return nil }
        if case .string(let reason, _)? = argument("reason", of: deprecated)?.kind { return reason }
        return DirectiveDefinition.defaultDeprecationReason
    }

    /// The URL `@specifiedBy(url:)` gives, nil when it is not applied.
    static func specifiedByURL(_ directives: [Directive]) -> String? {
        guard let specifiedBy = first(DirectiveDefinition.specifiedBy.name, in: directives),
            case .string(let url, _)? = argument("url", of: specifiedBy)?.kind
        else { return nil }
        return url
    }

    /// Whether `@oneOf` is applied.
    static func isOneOf(_ directives: [Directive]) -> Bool {
        first(DirectiveDefinition.oneOf.name, in: directives) != nil
    }

    /// The role names of a permission directive's `roles` argument: enum values or strings,
    /// in a list or alone (input coercion makes a single item a list of one).
    static func roles(of directive: Directive) -> [String] {
        guard let value = argument(permissionRolesArgument, of: directive) else { return [] }
        let items: [ValueNode]
        if case .list(let list) = value.kind { items = list } else { items = [value] }
        return items.compactMap { item in
            switch item.kind {
            case .enumValue(let name): name
            case .string(let name, _): name
            default: nil
            }
        }
    }

    /// The argument of the permission directive that lists the roles.
    static let permissionRolesArgument = "roles"
}
