/// The per-field permission directive (``SchemaBuilder/permissionDirective``, `@allow` by
/// default) is declared so that the builder can read it, and used so that the executor can
/// enforce it:
///
/// - it is declared on FIELD_DEFINITION only, with a `roles` argument of enum values or strings;
/// - a restricted field is nullable, so that a refusal nulls that field alone and never its
///   parent (access.md, "Per-field permissions");
/// - a restricted field lists at least one role;
/// - a field that implements a restricted interface field is restricted too, since the executor
///   checks the object's field: otherwise the interface's restriction would silently not apply.
package struct FieldPermissionsRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        let name = context.permissionDirective
        guard let declaration = context.definitions.directives[name] else { return }
        checkDeclaration(declaration, &context)
        for type in context.definitions.orderedTypes where type.kind == .object || type.kind == .interface {
            var seen: Set<String> = []
            for field in type.fields where seen.insert(field.node.name.value).inserted {
                guard let applied = AppliedDirectives.first(name, in: field.node.directives) else { continue }
                let coordinate = "\(type.name).\(field.node.name.value)"
                if case .nonNull = field.node.type {
                    context.report(
                        "Field \"\(coordinate)\" is restricted by @\(name), so its type must be nullable (a refusal nulls this field alone, never its parent), but it is \"\(field.node.type)\".",
                        at: [field.at(field.node.type.location), field.at(applied.location)])
                }
                if Self.listsNoRole(applied, declaration: declaration.node) {
                    context.report("Field \"\(coordinate)\" is restricted by @\(name) to no role at all: nobody could read it.", at: [field.at(applied.location)])
                }
            }
            checkImplementations(of: type, &context)
        }
    }

    /// Whether the directive leaves the roles empty: `[]`, `null`, or absent where the
    /// declaration allows it. A missing required argument and a value of the wrong type are
    /// reported by the rules that check directive arguments.
    private static func listsNoRole(_ applied: Directive, declaration: DirectiveDefinitionNode) -> Bool {
        let name = AppliedDirectives.permissionRolesArgument
        switch AppliedDirectives.argument(name, of: applied)?.kind {
        case .list(let items)?:
            return items.isEmpty
        case .null?:
            return true
        case nil:
            guard let roles = declaration.arguments.first(where: { $0.name.value == name }) else { return false }
            if case .nonNull = roles.type { return false }
            return roles.defaultValue == nil
        default:
            return false
        }
    }

    private func checkDeclaration(_ declaration: SDLElement<DirectiveDefinitionNode>, _ context: inout SDLValidationContext) {
        let name = declaration.node.name.value
        for location in declaration.node.locations where location.value != DirectiveLocation.fieldDefinition.rawValue {
            context.report(
                "Permission directive \"@\(name)\" may only be declared on FIELD_DEFINITION, not on \(location.value): permissions are per field.",
                at: [declaration.at(location.location)])
        }
        let rolesName = AppliedDirectives.permissionRolesArgument
        guard let roles = declaration.node.arguments.first(where: { $0.name.value == rolesName }) else {
            context.report(
                "Permission directive \"@\(name)\" must have a \"\(rolesName)\" argument listing the roles that may read the field.",
                at: [declaration.at(declaration.node.name.location)])
            return
        }
        let namedType = roles.type.namedType.name.value
        let isRoleType: Bool
        switch context.schema.type(named: namedType) {
        case .enumeration?: isRoleType = true
        case .scalar(let scalar)?: isRoleType = scalar.name == "String"
        case nil: isRoleType = true  // an unknown type is reported once, by KnownTypeNamesInSDLRule
        default: isRoleType = false
        }
        if !isRoleType {
            context.report(
                "The \"\(rolesName)\" argument of permission directive \"@\(name)\" must be a list of enum values or strings, but it is \"\(roles.type)\".",
                at: [declaration.at(roles.type.location)])
        }
    }

    private func checkImplementations(of type: MergedTypeDefinition, _ context: inout SDLValidationContext) {
        guard let built = context.schema.type(named: type.name) else { return }
        let interfaces: [String]
        switch built {
        case .object(let object): interfaces = object.interfaces
        case .interface(let interface): interfaces = interface.interfaces
        default: return
        }
        for interfaceName in interfaces {
            guard case .interface(let interface)? = context.schema.type(named: interfaceName) else { continue }
            for interfaceField in interface.fields where interfaceField.permission != nil {
                guard let field = built.field(named: interfaceField.name), field.permission == nil,
                    let node = type.field(named: field.name)
                else { continue }
                context.report(
                    "Field \"\(type.name).\(field.name)\" implements \"\(interfaceName).\(field.name)\", which is restricted by @\(context.permissionDirective), so it must be restricted too.",
                    at: [node.at(node.node.location)])
            }
        }
    }
}
