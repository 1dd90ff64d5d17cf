import Clients
import Testing

/// Published RUTs: python-stdnum's `tests/test_cl_rut.doctest`, a selection of the companies
/// and persons in SII's list of electronic-invoice issuers (palena.sii.cl). Data, not code.
@Suite struct ChileanRUTTests {
    static let published = [
        "10075381-2", "10626628-K", "10726809-K", "12392004-K", "14684927-K", "3528355-2", "4769973-8",
        "52000543-9", "65700550-9", "76014309-K", "76094260-K", "76563850-K", "77416300-K", "7741928-4",
        "78006840-K", "83156400-8", "90753000-0", "96919970-K", "99147000-K", "99595090-1", "9334748-K",
    ]

    @Test(arguments: published)
    func acceptsPublishedRUTs(rut: String) throws {
        #expect(try ChileanRUT.validate(String(rut.filter { $0 != "-" })) == rut)
        #expect(ChileanRUT.checkDigit(of: rut.dropLast(2)) == rut.last)
    }

    @Test func storesWithoutDotsAndWithAnUpperCaseK() throws {
        #expect(try TaxID("10.626.628-k", country: "CL", clientType: .individual).value == "10626628-K")
        #expect(try TaxID(" 76.014.309-K ", country: "cl", clientType: .company).value == "76014309-K")
        #expect(try TaxID("12.345.678-5", country: "CL", clientType: .individual).value == "12345678-5")
        #expect(try TaxID("123456785", country: "CL", clientType: .individual).value == "12345678-5")
        #expect(try TaxID("07.741.928-4", country: "CL", clientType: .individual).value == "7741928-4")
    }

    @Test func checkDigitElevenIsZero() {
        #expect(ChileanRUT.checkDigit(of: "90753000") == "0")
    }

    @Test func enforcesTheCheckDigit() {
        #expect(throws: TaxIDError.checkDigitMismatch(expected: "5", found: "4")) { try ChileanRUT.validate("123456784") }
        #expect(throws: TaxIDError.checkDigitMismatch(expected: "K", found: "0")) { try ChileanRUT.validate("106266280") }
        #expect(throws: TaxIDError.checkDigitMismatch(expected: "2", found: "K")) { try ChileanRUT.validate("10075381K") }
    }

    @Test(arguments: ["K", "5", "0005", "12345678901", "12A456785", "12345678X", "12345678-5"])
    func refusesMalformedRUTs(rut: String) {
        #expect {
            try ChileanRUT.validate(rut)
        } throws: { error in
            guard let error = error as? TaxIDError, case .malformed = error else { return false }
            return true
        }
    }

    @Test func refusesEmpty() {
        #expect(throws: TaxIDError.empty) { try ChileanRUT.validate("") }
    }
}
