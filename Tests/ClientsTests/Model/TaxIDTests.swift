import Clients
import GraphQL
import Testing

@Suite struct TaxIDTests {
    @Test func normalisationStripsDotsDashesAndSpacesAndUpperCases() {
        #expect(TaxID.normalised(" goaj-710125.7ma ") == "GOAJ7101257MA")
        #expect(TaxID.normalised("mu\u{F1} 110218 lj6") == "MU\u{D1}110218LJ6")
        // A decomposed ñ becomes the precomposed Ñ, so both spellings are one RFC.
        #expect(TaxID.normalised("MUN\u{303}110218LJ6") == "MU\u{D1}110218LJ6")
        #expect(TaxID.normalised("MUN\u{303}110218LJ6").utf8.elementsEqual("MU\u{D1}110218LJ6".utf8))
    }

    @Test func mexicoChecksAnRFC() throws {
        let rfc = try TaxID("goaj 710125 7ma", country: "MX", clientType: .individual)
        #expect(rfc.value == "GOAJ7101257MA")
        #expect(rfc.scheme == .mexicanRFC)
        #expect(rfc.warning == nil)
        #expect(rfc.duplicateKey == "GOAJ7101257MA")
        #expect(throws: TaxIDError.wrongLengthForType(type: .company, expected: 12, length: 13)) {
            try TaxID("GOAJ7101257MA", country: "mx", clientType: .company)
        }
    }

    @Test func genericRFCsNeverCountAsDuplicates() throws {
        let generic = try TaxID("xaxx-010101-000", country: "MX", clientType: .company)
        #expect(generic.isGeneric)
        #expect(generic.value == "XAXX010101000")
        #expect(generic.duplicateKey == nil)
        #expect(TaxID(stored: "XEXX010101000", country: "MX").duplicateKey == nil)
        #expect(TaxID(stored: "GOAJ7101257MA", country: "MX").duplicateKey == "GOAJ7101257MA")
    }

    @Test func aFailingRFCCheckDigitIsAWarningNotARefusal() throws {
        let rfc = try TaxID("SIN 931116 9P8", country: "MX", clientType: .company)
        #expect(rfc.value == "SIN9311169P8")
        #expect(rfc.warning?.code == "RFC_CHECK_DIGIT_MISMATCH")
    }

    @Test func chileAndColombiaEnforceTheirCheckDigits() throws {
        #expect(try TaxID("12.345.678-5", country: "CL", clientType: .individual).scheme == .chileanRUT)
        #expect(throws: TaxIDError.checkDigitMismatch(expected: "5", found: "6")) {
            try TaxID("12.345.678-6", country: "CL", clientType: .individual)
        }
        #expect(try TaxID("900.206.480-2", country: "CO", clientType: .company).scheme == .colombianNIT)
    }

    @Test func otherCountriesKeepTheTextAsGiven() throws {
        let vat = try TaxID("  DE 123.456.789 ", country: "DE", clientType: .company)
        #expect(vat.value == "DE 123.456.789")
        #expect(vat.scheme == .unchecked)
        #expect(vat.duplicateKey == "DE123456789")
        #expect(try TaxID(String(repeating: "9", count: 32), country: "US", clientType: .company).value.count == 32)
        #expect(throws: TaxIDError.tooLong(maximum: 32, length: 33)) {
            try TaxID(String(repeating: "9", count: 33), country: "US", clientType: .company)
        }
        #expect(throws: TaxIDError.controlCharacter) { try TaxID("12\u{0}34", country: "AR", clientType: .company) }
        #expect(throws: TaxIDError.empty) { try TaxID("   ", country: "AR", clientType: .company) }
    }

    @Test func errorsAreInvalidTaxIDOnTaxId() {
        let error = TaxIDError.checkDigitMismatch(expected: "5", found: "6")
        #expect(error.code.rawValue == "INVALID_TAX_ID")
        #expect(error.reason == "CHECK_DIGIT_MISMATCH")
        #expect(error.issue.field == "taxId")
        #expect(error.issue.code.rawValue == "INVALID_TAX_ID")
        #expect(error.message == "the check digit is 6 but the number asks for 5")
    }

    @Test func storedValuesKeepTheirScheme() {
        #expect(TaxID(stored: "12345678-5", country: "CL").scheme == .chileanRUT)
        #expect(TaxID(stored: "900206480-2", country: "CO").scheme == .colombianNIT)
        #expect(TaxID(stored: "X", country: "PE").scheme == .unchecked)
    }

    @Test func theIssueCarriesTheReason() {
        let issue = TaxIDError.wrongLengthForType(type: .company, expected: 12, length: 13).issue
        #expect(issue.reason == "WRONG_LENGTH_FOR_TYPE")
        #expect(issue.extensions["reason"] == "WRONG_LENGTH_FOR_TYPE")
        #expect(issue.extensions["field"] == "taxId")
    }
}
