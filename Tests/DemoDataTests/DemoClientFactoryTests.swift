import Clients
import DemoData
import Tenancy
import Testing

/// The generated clients pass the Clients rules unchanged, and the bulk path's draft is what
/// those rules would store.
@Suite struct DemoClientFactoryTests {
    @Test func theSameSeedMakesTheSameClients() {
        var first = DemoClientFactory(seed: 7)
        var second = DemoClientFactory(seed: 7)
        let a = (0..<50).map { first.make(number: $0, distinctEmail: true) }
        let b = (0..<50).map { second.make(number: $0, distinctEmail: true) }
        #expect(a == b)
    }

    @Test func everyClientPassesTheRulesWithoutAWarningAndStoresAsTheBulkDraft() throws {
        var factory = DemoClientFactory(seed: 11)
        var types: Set<ClientType> = []
        for number in 0..<2_000 {
            let demo = factory.make(number: number, distinctEmail: true)
            let checked = try ClientDraft.creating(from: demo.input, rules: ClientRules(country: "MX", defaultStatus: demo.status))
            #expect(checked.warnings.isEmpty, "client \(number): \(demo.taxID)")
            #expect(checked.draft == demo.draft, "client \(number)")
            #expect(checked.draft.taxId?.value.count == (demo.type == .company ? 12 : 13))
            #expect(demo.phone.hasPrefix("+52 "))
            types.insert(demo.type)
        }
        #expect(types == Set(ClientType.allCases))
    }

    @Test func rfcsAndEmailsAreDistinctAcrossAMillionNumbers() {
        var factory = DemoClientFactory(seed: 3)
        var taxIDs: Set<String> = []
        var emails: Set<String> = []
        // Numbers far apart and neighbours: the RFC's date and homoclave come from the number.
        let numbers = Array(0..<3_000) + stride(from: 3_000, to: 1_000_000, by: 331)
        for number in numbers {
            let demo = factory.make(number: number, distinctEmail: true)
            taxIDs.insert(demo.taxID)
            emails.insert(demo.email.lowercased())
        }
        #expect(taxIDs.count == numbers.count)
        #expect(emails.count == numbers.count)
    }
}
