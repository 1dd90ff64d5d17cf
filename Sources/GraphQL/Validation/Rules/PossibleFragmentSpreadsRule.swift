/// Fragment Spread Is Possible: a fragment is spread only where an object could be of both the
/// enclosing type and the fragment's type condition.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible
package struct PossibleFragmentSpreadsRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { [.enterInlineFragment, .enterFragmentSpread] }

    package func enterInlineFragment(_ fragment: InlineFragment, context: inout ValidationContext) {
        // Without a type condition the fragment has the enclosing type, which always overlaps.
        guard let condition = fragment.typeCondition, let parentType = context.typeInfo.parentTypeName else { return }
        let fragmentType = condition.name.value
        guard fragmentType != parentType, isComposite(fragmentType, context),
              !typesOverlap(fragmentType, parentType, context.schema) else { return }
        context.report(
            "Fragment cannot be spread here as objects of type \"\(parentType)\" can never be of type \"\(fragmentType)\".",
            at: [fragment.location]
        )
    }

    package func enterFragmentSpread(_ spread: FragmentSpread, context: inout ValidationContext) {
        let name = spread.name.value
        let ordinal = context.spreadFragmentOrdinal
        guard ordinal >= 0, let parentType = context.typeInfo.parentTypeName else { return }
        let fragmentType = context.typeCondition(ofFragment: ordinal)
        guard
              fragmentType != parentType, isComposite(fragmentType, context),
              !typesOverlap(fragmentType, parentType, context.schema) else { return }
        context.report(
            "Fragment \"\(name)\" cannot be spread here as objects of type \"\(parentType)\" can never be of type \"\(fragmentType)\".",
            at: [spread.location]
        )
    }

    private func isComposite(_ name: String, _ context: ValidationContext) -> Bool {
        switch context.typeKind(named: name) {
        case .object?, .interface?, .union?: true
        default: false
        }
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
