import Testing
@testable import GraphQL

@Suite struct EnumTypeTests {
    private func enumeration(_ count: Int) -> EnumType {
        EnumType(name: "Level", values: (0..<count).map { EnumValueDefinition(name: "LEVEL_\($0)") })
    }

    @Test(arguments: [0, 1, 8, 9, 40])
    func knowsExactlyItsValuesWhateverItsSize(count: Int) {
        let type = enumeration(count)
        for index in 0..<count {
            #expect(type.hasValue("LEVEL_\(index)"))
        }
        #expect(!type.hasValue("LEVEL_\(count)"))
        #expect(!type.hasValue("level_0"), "names are case-sensitive")
        #expect(!type.hasValue(""))
    }

    @Test func aLongNameIsComparedWhole() {
        let type = EnumType(name: "Plan", values: [EnumValueDefinition(name: "ENTERPRISE_WITH_DEDICATED_SUPPORT")])
        #expect(type.hasValue("ENTERPRISE_WITH_DEDICATED_SUPPORT"))
        #expect(!type.hasValue("ENTERPRISE_WITH_DEDICATED_SUPPORX"))
    }

    @Test func followsItsValuesWhenTheyChange() {
        var type = enumeration(3)
        type.values.append(EnumValueDefinition(name: "EXTRA"))
        #expect(type.hasValue("EXTRA"))
        type.values = (0..<12).map { EnumValueDefinition(name: "V\($0)") }
        #expect(type.hasValue("V11"))
        #expect(!type.hasValue("LEVEL_0"))
    }
}
