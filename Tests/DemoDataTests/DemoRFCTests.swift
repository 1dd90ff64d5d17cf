import Clients
import Foundation
import DemoData
import Testing

/// The demo's RFCs follow SAT's name rules and carry SAT's check digit.
@Suite struct DemoRFCTests {
    @Test func aPersonsRFCTakesSATsLettersAndAValidCheckDigit() throws {
        var factory = DemoClientFactory(seed: 1)
        var person: DemoClient?
        for number in 0..<100 where person == nil {
            let made = factory.make(number: number, distinctEmail: false)
            if made.type == .individual { person = made }
        }
        let demo = try #require(person)
        let rfc = Array(demo.taxID)
        let surnames = try #require(demo.lastName).split(separator: " ")
        #expect(rfc.count == 13)
        #expect(String(rfc[0]) == String(surnames[0].prefix(1)).uppercased().folding(options: .diacriticInsensitive, locale: nil))
        #expect(rfc[12] == MexicanRFC.checkDigit(of: rfc.dropLast()))
        let checked = try MexicanRFC.validate(demo.taxID, clientType: .individual)
        #expect(checked.warning == nil)
    }
}
