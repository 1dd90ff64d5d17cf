/// Fragment Spread Is Possible: a fragment is spread only where an object could be of both the
/// enclosing type and the fragment's type condition.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible
package struct PossibleFragmentSpreadsRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { [.enterInlineFragment, .enterFragmentSpread] }

    package func enterInlineFragment(_ fragment: InlineFragment, context: inout ValidationContext) {
        guard let fragmentType = context.typeInfo.type?.namedType, let parentType = context.typeInfo.parentType,
              context.schema.type(named: fragmentType)?.isComposite == true,
              !typesOverlap(fragmentType, parentType.name, context.schema) else { return }
        context.report(
            "Fragment cannot be spread here as objects of type \"\(parentType.name)\" can never be of type \"\(fragmentType)\".",
            at: [fragment.location]
        )
    }

    package func enterFragmentSpread(_ spread: FragmentSpread, context: inout ValidationContext) {
        let name = spread.name.value
        guard let fragment = context.fragment(named: name), let parentType = context.typeInfo.parentType else { return }
        let fragmentType = fragment.typeCondition.name.value
        guard context.schema.type(named: fragmentType)?.isComposite == true,
              !typesOverlap(fragmentType, parentType.name, context.schema) else { return }
        context.report(
            "Fragment \"\(name)\" cannot be spread here as objects of type \"\(parentType.name)\" can never be of type \"\(fragmentType)\".",
            at: [spread.location]
        )
    }

    /// Whether some object type is possible for both composite types.
    private func typesOverlap(_ a: String, _ b: String, _ schema: Schema) -> Bool {
        if a == b { return true }
        let aAbstract = schema.type(named: a)?.isAbstract ?? false
        let bAbstract = schema.type(named: b)?.isAbstract ?? false
        switch (aAbstract, bAbstract) {
        case (true, true):
            return schema.possibleTypes(of: a).contains { schema.isPossibleType($0, of: b) }
        case (true, false):
            return schema.isPossibleType(b, of: a)
        case (false, true):
            return schema.isPossibleType(a, of: b)
        case (false, false):
            return false
        }
    }
}
