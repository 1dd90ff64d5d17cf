/// An enum has at least one value, and none is `true`, `false` or `null`, which would read as
/// another literal.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Enums.Type-Validation
package struct EnumValuesRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for type in context.definitions.orderedTypes where type.kind == .enumeration {
            let values = type.values
            if values.isEmpty {
                context.report("Enum type \(type.name) must define one or more values.", at: type.locations)
            }
            for value in values where ["true", "false", "null"].contains(value.node.name.value) {
                context.report("Enum type \(type.name) cannot include value: \(value.node.name.value).", at: [value.at(value.node.location)])
            }
        }
    }
}
