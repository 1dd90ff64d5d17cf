import GraphQL
import Testing

/// Records what ``TypeInfo`` says at each field and value, as lines of text.
private struct TypeInfoRecorder: ValidationRule {
    var lines: [String] = []
    var events: ValidationEvents { [.enterField, .enterValue, .enterObjectField, .enterInlineFragment, .leaveDocument] }

    mutating func enterField(_ field: Field, context: inout ValidationContext) {
        let info = context.typeInfo
        lines.append("field \(field.name.value): parent=\(info.parentTypeName ?? "-") type=\(info.type.map { "\($0)" } ?? "-") known=\(info.hasFieldDefinition)")
    }

    mutating func enterInlineFragment(_ fragment: InlineFragment, context: inout ValidationContext) {
        lines.append("inline: type=\(context.typeInfo.type.map { "\($0)" } ?? "-") parent=\(context.typeInfo.parentTypeName ?? "-")")
    }

    mutating func enterValue(_ value: ValueNode, context: inout ValidationContext) {
        let info = context.typeInfo
        lines.append("value: input=\(info.inputType.map { "\($0)" } ?? "-") parent=\(info.parentInputType.map { "\($0)" } ?? "-") default=\(info.inputValueHasDefault) argument=\(info.argument?.name ?? "-")")
    }

    mutating func enterObjectField(_ field: ObjectFieldNode, context: inout ValidationContext) {
        lines.append("object field \(field.name.value): input=\(context.typeInfo.inputType.map { "\($0)" } ?? "-")")
    }

    /// Hands the lines out through an error, the one channel a rule has.
    func leaveDocument(_ document: Document, context: inout ValidationContext) {
        context.report(lines.joined(separator: "\n"), at: [])
    }
}

@Suite struct TypeInfoTests {
    private func record(_ text: String) throws -> [String] {
        let errors = try ValidationHarness.errors(TypeInfoRecorder(), text)
        return errors.first?.message.split(separator: "\n").map(String.init) ?? []
    }

    @Test func tracksParentAndFieldTypes() throws {
        #expect(try record("{ human { pets { name ... on Dog { barks } } unknown { name } } __typename }") == [
            "field human: parent=QueryRoot type=Human known=true",
            "field pets: parent=Human type=[Pet] known=true",
            "field name: parent=Pet type=String known=true",
            "inline: type=Dog parent=Pet",
            "field barks: parent=Dog type=Boolean known=true",
            "field unknown: parent=Human type=- known=false",
            "field name: parent=- type=- known=false",
            "field __typename: parent=QueryRoot type=String! known=true",
        ])
    }

    @Test func tracksInputTypesThroughListsAndObjects() throws {
        #expect(try record("""
            { complicatedArgs {
              complexArgField(complexArg: { requiredField: true, stringListField: ["a", null], nope: 1 })
              stringListArgField(stringListArg: "single")
              multipleOpts(opt1: 1)
            } }
            """) == [
            "field complicatedArgs: parent=QueryRoot type=ComplicatedArgs known=true",
            "field complexArgField: parent=ComplicatedArgs type=String known=true",
            "value: input=ComplexInput parent=- default=false argument=complexArg",
            "object field requiredField: input=Boolean!",
            "value: input=Boolean! parent=ComplexInput default=false argument=complexArg",
            "object field stringListField: input=[String]",
            "value: input=[String] parent=ComplexInput default=false argument=complexArg",
            "value: input=String parent=[String] default=false argument=complexArg",
            "value: input=String parent=[String] default=false argument=complexArg",
            "object field nope: input=-",
            "value: input=- parent=ComplexInput default=false argument=complexArg",
            "field stringListArgField: parent=ComplicatedArgs type=String known=true",
            "value: input=[String] parent=- default=false argument=stringListArg",
            "field multipleOpts: parent=ComplicatedArgs type=String known=true",
            "value: input=Int parent=- default=true argument=opt1",
        ])
    }

    @Test func typesDefaultValuesOfVariablesAndDirectiveArguments() throws {
        #expect(try record("query ($v: [Int] = [1]) { dog @include(if: true) { name } }") == [
            "value: input=[Int] parent=- default=false argument=-",
            "value: input=Int parent=[Int] default=false argument=-",
            "field dog: parent=QueryRoot type=Dog known=true",
            "value: input=Boolean! parent=- default=false argument=if",
            "field name: parent=Dog type=String known=true",
        ])
    }
}
