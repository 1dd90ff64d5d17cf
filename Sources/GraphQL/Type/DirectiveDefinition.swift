/// A directive the schema knows: built in (`@skip`, `@include`, `@deprecated`, `@specifiedBy`,
/// `@oneOf`) or defined in SDL.
package struct DirectiveDefinition: Sendable {
    package var name: String
    package var description: String?
    package var arguments: [InputValueDefinition]
    package var locations: [DirectiveLocation]
    package var isRepeatable: Bool

    package init(name: String, description: String? = nil, arguments: [InputValueDefinition] = [], locations: [DirectiveLocation], isRepeatable: Bool = false) {
        self.name = name
        self.description = description
        self.arguments = arguments
        self.locations = locations
        self.isRepeatable = isRepeatable
    }
}

/// Where a directive may be applied.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#DirectiveLocations
package enum DirectiveLocation: String, Sendable, Hashable, CaseIterable {
    case query = "QUERY"
    case mutation = "MUTATION"
    case subscription = "SUBSCRIPTION"
    case field = "FIELD"
    case fragmentDefinition = "FRAGMENT_DEFINITION"
    case fragmentSpread = "FRAGMENT_SPREAD"
    case inlineFragment = "INLINE_FRAGMENT"
    case variableDefinition = "VARIABLE_DEFINITION"
    case schema = "SCHEMA"
    case scalar = "SCALAR"
    case object = "OBJECT"
    case fieldDefinition = "FIELD_DEFINITION"
    case argumentDefinition = "ARGUMENT_DEFINITION"
    case interface = "INTERFACE"
    case union = "UNION"
    case enumeration = "ENUM"
    case enumValue = "ENUM_VALUE"
    case inputObject = "INPUT_OBJECT"
    case inputFieldDefinition = "INPUT_FIELD_DEFINITION"
}
