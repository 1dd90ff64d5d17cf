/// The validation rules of the specification, as data.
///
/// The order is graphql-js's `specifiedRules`, chosen there so that when several rules object to
/// the same document the clearest error comes first.
package enum SpecifiedRules {
    package static let all: [any ValidationRule] = [
        ExecutableDefinitionsRule(),
        KnownOperationTypesRule(),
        UniqueOperationNamesRule(),
        LoneAnonymousOperationRule(),
        SingleFieldSubscriptionsRule(),
        KnownTypeNamesRule(),
        FragmentsOnCompositeTypesRule(),
        VariablesAreInputTypesRule(),
        ScalarLeafsRule(),
        FieldsOnCorrectTypeRule(),
        UniqueFragmentNamesRule(),
        KnownFragmentNamesRule(),
        NoUnusedFragmentsRule(),
        PossibleFragmentSpreadsRule(),
        NoFragmentCyclesRule(),
        UniqueVariableNamesRule(),
        NoUndefinedVariablesRule(),
        NoUnusedVariablesRule(),
        KnownDirectivesRule(),
        UniqueDirectivesPerLocationRule(),
        KnownArgumentNamesRule(),
        UniqueArgumentNamesRule(),
        ValuesOfCorrectTypeRule(),
        ProvidedRequiredArgumentsRule(),
        VariablesInAllowedPositionRule(),
        OverlappingFieldsCanBeMergedRule(),
        UniqueInputFieldNamesRule(),
    ]
}
