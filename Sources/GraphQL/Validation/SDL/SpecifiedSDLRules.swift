/// The rules a schema's SDL must pass, in the order they run: graphql-js's SDL rules first
/// (`specifiedSDLRules`), then the checks of its `validateSchema`, then ours.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Type-System
package enum SpecifiedSDLRules {
    package static let all: [any SDLValidationRule] = [
        TypeSystemDefinitionsOnlyRule(),
        LoneSchemaDefinitionRule(),
        UniqueOperationTypesRule(),
        UniqueTypeNamesRule(),
        UniqueEnumValueNamesRule(),
        UniqueFieldDefinitionNamesRule(),
        UniqueArgumentDefinitionNamesRule(),
        UniqueDirectiveNamesRule(),
        KnownTypeNamesInSDLRule(),
        KnownDirectivesInSDLRule(),
        UniqueDirectivesPerLocationInSDLRule(),
        PossibleTypeExtensionsRule(),
        KnownArgumentNamesOnDirectivesRule(),
        UniqueArgumentNamesInSDLRule(),
        UniqueInputFieldNamesInSDLRule(),
        ProvidedRequiredArgumentsOnDirectivesRule(),
        DirectiveArgumentValuesRule(),
        RootOperationTypesRule(),
        DirectiveDefinitionsRule(),
        ReservedNamesRule(),
        FieldDefinitionsRule(),
        InterfaceImplementationsRule(),
        UnionMembersRule(),
        EnumValuesRule(),
        InputObjectFieldsRule(),
        InputObjectCircularReferencesRule(),
        ValidDefaultValuesRule(),
        FieldPermissionsRule(),
    ]
}
