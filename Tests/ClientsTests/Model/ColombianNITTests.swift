import Clients
import Testing

/// Published NITs: python-stdnum's `tests/test_co_nit.doctest` (NITs of Colombian companies and
/// persons found online, as printed there). Data, not code.
@Suite struct ColombianNITTests {
    static let published = [
        ("800.003.122-6", "800003122-6"), ("830.036-334-1", "830036334-1"), ("860 001 986-1", "860001986-1"),
        ("8600019861", "860001986-1"), ("890.900.841-9", "890900841-9"), ("899999001-7", "899999001-7"),
        ("900.206.480-2", "900206480-2"), ("900812264-7", "900812264-7"), ("6.386.949-2", "6386949-2"),
        ("1118534248-0", "1118534248-0"), ("79.896.529.6", "79896529-6"), ("800226098 - 4", "800226098-4"),
        ("860.002.184-6", "860002184-6"),
    ]

    @Test(arguments: published)
    func acceptsPublishedNITs(input: String, stored: String) throws {
        #expect(try TaxID(input, country: "CO", clientType: .company).value == stored)
        #expect(try ColombianNIT.validate(TaxID.normalised(input)) == stored)
    }

    @Test func checkDigitFollowsDIAN() {
        #expect(ColombianNIT.checkDigit(of: "900206480") == "2")
        #expect(ColombianNIT.checkDigit(of: "890900841") == "9")
        #expect(ColombianNIT.checkDigit(of: "860002184") == "6")
        // A remainder of 0 or 1 is the digit itself; 10 gives 11 − 10 = 1 as well.
        #expect(ColombianNIT.checkDigit(of: "800216278") == "0")
        #expect(ColombianNIT.checkDigit(of: "899999034") == "1")
        #expect(ColombianNIT.checkDigit(of: "890900840") == "1")
    }

    @Test func enforcesTheCheckDigit() {
        #expect(throws: TaxIDError.checkDigitMismatch(expected: "2", found: "3")) { try ColombianNIT.validate("9002064803") }
        #expect(throws: TaxIDError.checkDigitMismatch(expected: "2", found: "0")) { try TaxID("900.206.480-0", country: "CO", clientType: .company) }
    }

    @Test(arguments: ["900A064802", "12345", "0000012345", "12345678901234567", "900,206,480-2"])
    func refusesMalformedNITs(input: String) {
        #expect {
            try TaxID(input, country: "CO", clientType: .company)
        } throws: { error in
            guard let error = error as? TaxIDError, case .malformed = error else { return false }
            return error.message.contains("check digit")
        }
    }

    @Test func aNumberWithoutItsCheckDigitFailsTheCheck() {
        // 900206480 is read as 90020648 with DV 0, and DIAN's digit of 90020648 is 5.
        #expect(throws: TaxIDError.checkDigitMismatch(expected: "5", found: "0")) {
            try TaxID("900206480", country: "CO", clientType: .company)
        }
    }
}
