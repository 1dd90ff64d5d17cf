import Clients
import Testing

@Suite struct ClientFieldLimitsTests {
    @Test func domainLimitsAreInTheTable() {
        let limits = Dictionary(uniqueKeysWithValues: ClientFieldLimits.all.map { ($0.field, $0.maximumLength) })
        #expect(limits["name"] == 255)
        #expect(limits["email"] == 255)
        #expect(limits["phone"] == 20)
        #expect(limits["taxId"] == 32)
        #expect(limits["businessName"] == 255)
        #expect(limits["billingAddress"] == 500)
        #expect(limits["acquisitionDetail"] == 255)
        #expect(limits["notes"] == 2000)
    }

    @Test func defaultedNameAlwaysFits() {
        #expect(ClientFieldLimits.firstName.maximumLength + 1 + ClientFieldLimits.lastName.maximumLength <= ClientFieldLimits.name.maximumLength)
    }

    @Test func everyFieldIsListedOnceAndFound() {
        let fields = ClientFieldLimits.all.map(\.field)
        #expect(Set(fields).count == fields.count)
        for rule in ClientFieldLimits.all {
            #expect(ClientFieldLimits.rule(for: rule.field) == rule)
        }
        #expect(ClientFieldLimits.rule(for: "metadata") == nil)
    }

    @Test func onlyFreeFormFieldsSpanLines() {
        let multiLine = ClientFieldLimits.all.filter(\.allowsLineBreaks).map(\.field)
        #expect(multiLine == ["billingAddress", "address.street", "notes"])
    }
}
