/// A field of an object or interface type.
package struct FieldDefinition: Sendable {
    package var name: String
    package var description: String?
    package var arguments: [InputValueDefinition]
    package var type: TypeReference
    /// Non-nil when the field is deprecated; `@deprecated` without a reason gives
    /// "No longer supported", as the specification's default says.
    package var deprecationReason: String?
    /// Who may read the field, from the permission directive in SDL; nil when anyone may.
    package var permission: FieldPermission?
    /// How the field gets its value. Interface fields have none: the implementing object's runs.
    package var resolver: FieldResolver?
    package var directives: [Directive]

    package init(
        name: String,
        description: String? = nil,
        arguments: [InputValueDefinition] = [],
        type: TypeReference,
        deprecationReason: String? = nil,
        permission: FieldPermission? = nil,
        resolver: FieldResolver? = nil,
        directives: [Directive] = []
    ) {
        self.name = name
        self.description = description
        self.arguments = arguments
        self.type = type
        self.deprecationReason = deprecationReason
        self.permission = permission
        self.resolver = resolver
        self.directives = directives
    }

    package func argument(named name: String) -> InputValueDefinition? {
        arguments.first { $0.name == name }
    }

    static func index(_ fields: [FieldDefinition]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(fields.count)
        for (offset, field) in fields.enumerated() where index[field.name] == nil {
            index[field.name] = offset
        }
        return index
    }
}

/// The roles that may read a field, as the permission directive on its definition lists them.
///
/// The engine does not know what a role is: it hands this to the request's
/// ``RequestContext/mayRead(_:source:)`` before resolving the field.
package struct FieldPermission: Sendable, Hashable {
    /// Role names as written in SDL (enum values or strings).
    package var roles: [String]
    /// `Type.field`, for error messages and logs.
    package var coordinate: String

    package init(roles: [String], coordinate: String) {
        self.roles = roles
        self.coordinate = coordinate
    }
}
