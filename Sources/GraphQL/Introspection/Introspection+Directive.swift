extension Introspection {
    /// `__Directive`: a directive the schema defines, the source of which is an
    /// ``IntrospectedDirective``.
    static let directiveType = ObjectType(
        name: "__Directive",
        description: "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
        fields: [
            field("name", nonNullString, on: IntrospectedDirective.self) { directive, _ in
                .string(directive.directive.name)
            },
            field("description", stringType, on: IntrospectedDirective.self) { directive, _ in
                .string(directive.directive.description)
            },
            field("isRepeatable", nonNullBoolean, on: IntrospectedDirective.self) { directive, _ in
                .bool(directive.directive.isRepeatable)
            },
            field("locations", listOf("__DirectiveLocation", nonNull: true), on: IntrospectedDirective.self) { directive, _ in
                .list(directive.directive.locations.map { .leaf(.string($0.rawValue)) })
            },
            field("args", listOf("__InputValue", nonNull: true), arguments: [includeDeprecatedArgument], on: IntrospectedDirective.self) { directive, arguments in
                inputValueList(directive.directive.arguments, arguments, in: directive.schema)
            },
        ]
    )
}
