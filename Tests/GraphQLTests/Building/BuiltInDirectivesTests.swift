import GraphQL
import Testing

@Suite struct BuiltInDirectivesTests {
    @Test func listsTheSpecifiedDirectivesInGraphQLJSOrder() {
        #expect(DirectiveDefinition.builtIns.map(\.name) == ["include", "skip", "deprecated", "specifiedBy", "oneOf"])
        #expect(DirectiveDefinition.builtIns.allSatisfy { !$0.isRepeatable && $0.description != nil })
    }

    @Test func skipAndIncludeTakeARequiredCondition() {
        for directive in [DirectiveDefinition.skip, .include] {
            #expect(directive.arguments.map(\.name) == ["if"])
            #expect(directive.arguments.first?.type == .nonNull(.named("Boolean")))
            #expect(directive.locations == [.field, .fragmentSpread, .inlineFragment])
        }
    }

    @Test func deprecatedDefaultsItsReason() {
        let reason = DirectiveDefinition.deprecated.arguments.first
        #expect(reason?.name == "reason")
        #expect(reason?.type == .named("String"))
        #expect(reason?.defaultValue == .string("No longer supported"))
        #expect(reason?.defaultValueNode == ValueNode(.string("No longer supported", block: false)))
        #expect(DirectiveDefinition.deprecated.locations == [.fieldDefinition, .argumentDefinition, .inputFieldDefinition, .enumValue])
    }

    @Test func specifiedByAndOneOfApplyToTheirTypes() {
        #expect(DirectiveDefinition.specifiedBy.arguments.map(\.type) == [.nonNull(.named("String"))])
        #expect(DirectiveDefinition.specifiedBy.locations == [.scalar])
        #expect(DirectiveDefinition.oneOf.arguments.isEmpty)
        #expect(DirectiveDefinition.oneOf.locations == [.inputObject])
    }
}
