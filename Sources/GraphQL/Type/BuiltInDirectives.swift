/// The directives every schema has, as the specification defines them.
///
/// The descriptions are the ones GraphQL tools show for these directives (graphql-js's wording),
/// so that introspection of our schema reads like that of any other server.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Type-System.Directives.Built-in-Directives
extension DirectiveDefinition {
    /// `@skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT`.
    package static let skip = DirectiveDefinition(
        name: "skip",
        description: "Directs the executor to skip this field or fragment when the `if` argument is true.",
        arguments: [
            InputValueDefinition(name: "if", description: "Skipped when true.", type: .nonNull(.named("Boolean")))
        ],
        locations: [.field, .fragmentSpread, .inlineFragment]
    )

    /// `@include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT`.
    package static let include = DirectiveDefinition(
        name: "include",
        description: "Directs the executor to include this field or fragment only when the `if` argument is true.",
        arguments: [
            InputValueDefinition(name: "if", description: "Included when true.", type: .nonNull(.named("Boolean")))
        ],
        locations: [.field, .fragmentSpread, .inlineFragment]
    )

    /// The reason `@deprecated` gives when none is written.
    package static let defaultDeprecationReason = "No longer supported"

    /// `@deprecated(reason: String = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION
    /// | INPUT_FIELD_DEFINITION | ENUM_VALUE`.
    package static let deprecated = DirectiveDefinition(
        name: "deprecated",
        description: "Marks an element of a GraphQL schema as no longer supported.",
        arguments: [
            InputValueDefinition(
                name: "reason",
                description: "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                type: .named("String"),
                defaultValueNode: ValueNode(.string(defaultDeprecationReason, block: false)),
                defaultValue: .string(defaultDeprecationReason)
            )
        ],
        locations: [.fieldDefinition, .argumentDefinition, .inputFieldDefinition, .enumValue]
    )

    /// `@specifiedBy(url: String!) on SCALAR`.
    package static let specifiedBy = DirectiveDefinition(
        name: "specifiedBy",
        description: "Exposes a URL that specifies the behavior of this scalar.",
        arguments: [
            InputValueDefinition(name: "url", description: "The URL that specifies the behavior of this scalar.", type: .nonNull(.named("String")))
        ],
        locations: [.scalar]
    )

    /// `@oneOf on INPUT_OBJECT`.
    package static let oneOf = DirectiveDefinition(
        name: "oneOf",
        description: "Indicates exactly one field must be supplied and this field must not be `null`.",
        locations: [.inputObject]
    )

    /// Every built-in directive, in the order introspection lists them (graphql-js's order).
    package static let builtIns: [DirectiveDefinition] = [include, skip, deprecated, specifiedBy, oneOf]
}
