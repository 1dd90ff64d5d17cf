import Clients
import GraphQL
import Testing

@Suite struct PostalAddressTests {
    @Test func checksAndTrimsEveryPart() throws {
        let address = try #require(try PostalAddress.validate(AddressInput(street: " Av. Providencia 1234\nDepto 5 ", commune: "Providencia", region: "Región Metropolitana", country: "cl")))
        #expect(address.street == "Av. Providencia 1234\nDepto 5")
        #expect(address.commune == "Providencia")
        #expect(address.region == "Región Metropolitana")
        #expect(address.country == "CL")
    }

    @Test func anEmptyAddressIsNoAddress() throws {
        #expect(try PostalAddress.validate(AddressInput()) == nil)
        #expect(try PostalAddress.validate(AddressInput(street: "  ", country: "")) == nil)
    }

    @Test func reportsEveryBadPart() {
        do {
            _ = try PostalAddress.validate(AddressInput(street: String(repeating: "s", count: 256), commune: "a\nb", country: "Chile"))
            Issue.record("a bad address was accepted")
        } catch {
            #expect(error.issues.map(\.field) == ["address.street", "address.commune", "address.country"])
            #expect(error.issues.allSatisfy { $0.code == .badUserInput })
        }
    }

    @Test(arguments: ["C", "C1", "CHL", "ÑA"])
    func countryIsAnAlpha2Code(country: String) {
        #expect(throws: ClientInputError.self) { try PostalAddress.validate(AddressInput(country: country)) }
    }
}
