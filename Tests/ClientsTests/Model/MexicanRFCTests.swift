import Clients
import GraphQL
import Testing

/// Published RFCs: the lists in python-stdnum's `tests/test_mx_rfc.doctest` (RFCs of real
/// persons and companies found online; those whose check digit fails were confirmed as issued
/// with SAT's own RFC lookup, portalsat.plataforma.sat.gob.mx/ConsultaRFC). Data, not code.
@Suite struct MexicanRFCTests {
    /// Companies (12 characters) whose check digit SAT's algorithm confirms.
    static let companies = [
        "&&&030828PX7", "AAA390128530", "ABH0507252D9", "AEL7407151YA", "B&D9605298Y3", "CBC900829152",
        "CCS8512024CA", "CGB000229SW0", "MUÑ110218LJ6", "SDA8902091QA", "VMI820313C9A", "YAT000229588",
        "ZZE040708QJ9", "AP&0305026J9",
    ]
    /// Persons (13 characters) whose check digit SAT's algorithm confirms.
    static let persons = [
        "AAAA791128D63", "AAAL730401TE0", "BADY7101185W6", "COML8103203QA", "GOAJ7101257MA",
        "NOCJ750806BJA", "SOTG740115G1A", "ZENP8101128Y0", "RABT551122827", "EITM9103155L7",
    ]
    /// Issued by SAT although the published algorithm gives another check digit.
    static let issuedWithOtherCheckDigit = [
        ("SIN9311169P8", ClientType.company, "2"), ("AAC0903183F6", .company, "4"), ("AAMM450222AJ1", .individual, "5"),
    ]

    @Test(arguments: companies)
    func checkDigitOfCompanies(rfc: String) throws {
        #expect(MexicanRFC.checkDigit(of: Array(rfc).dropLast()) == rfc.last)
        let checked = try MexicanRFC.validate(rfc, clientType: .company)
        #expect(checked.value == rfc)
        #expect(checked.warning == nil)
        #expect(!checked.isGeneric)
    }

    @Test(arguments: persons)
    func checkDigitOfPersons(rfc: String) throws {
        #expect(MexicanRFC.checkDigit(of: Array(rfc).dropLast()) == rfc.last)
        let checked = try MexicanRFC.validate(rfc, clientType: .individual)
        #expect(checked.warning == nil)
    }

    @Test(arguments: issuedWithOtherCheckDigit)
    func aFailingCheckDigitIsAcceptedWithAWarning(rfc: String, type: ClientType, expected: String) throws {
        let checked = try MexicanRFC.validate(rfc, clientType: type)
        #expect(checked.value == rfc)
        let warning = try #require(checked.warning)
        #expect(warning.field == "taxId")
        #expect(warning.code == "RFC_CHECK_DIGIT_MISMATCH")
        #expect(warning.message.contains("gives \(expected)"))
        #expect(warning.value["code"] == "RFC_CHECK_DIGIT_MISMATCH")
    }

    @Test func checkDigitTenIsWrittenA() {
        #expect(MexicanRFC.checkDigit(of: Array("AEL7407151Y")) == "A")
        #expect(MexicanRFC.checkDigit(of: Array("GOAJ7101257M")) == "A")
    }

    @Test func checkDigitElevenIsWrittenZero() {
        #expect(MexicanRFC.checkDigit(of: Array("AAA39012853")) == "0")
        #expect(MexicanRFC.checkDigit(of: Array("ZENP8101128Y")) == "0")
    }

    @Test func genericRFCsAreAcceptedForEitherTypeAndFlagged() throws {
        for rfc in ["XAXX010101000", "XEXX010101000"] {
            for type in ClientType.allCases {
                let checked = try MexicanRFC.validate(rfc, clientType: type)
                #expect(checked.isGeneric)
                #expect(checked.warning == nil)
            }
        }
    }

    @Test func lengthFollowsTheClientType() {
        #expect(throws: TaxIDError.wrongLengthForType(type: .individual, expected: 13, length: 12)) {
            try MexicanRFC.validate("CCS8512024CA", clientType: .individual)
        }
        #expect(throws: TaxIDError.wrongLengthForType(type: .company, expected: 12, length: 13)) {
            try MexicanRFC.validate("GOAJ7101257MA", clientType: .company)
        }
    }

    @Test(arguments: [
        "ABCD12345", "GOAJ7101257MA1", "GO1J7101257MA", "GOAJ71O1257MA", "GOAJ710125-MA", "GOAJ7101257Ñ1", "GOAJ710125ÑMA",
        "ÁBCD7101257MA",
    ])
    func refusesMalformedRFCs(rfc: String) {
        #expect {
            try MexicanRFC.validate(rfc, clientType: .individual)
        } throws: { error in
            guard let error = error as? TaxIDError, case .malformed = error else { return false }
            return error.code.rawValue == "INVALID_TAX_ID"
        }
    }

    @Test(arguments: ["GOAJ7113257MA", "GOAJ7100257MA", "GOAJ7102307MA", "GOAJ7104317MA", "GOAJ7102297MA", "GOAJ7101007MA"])
    func refusesDatesThatDoNotExist(rfc: String) {
        #expect(throws: TaxIDError.invalidDate(String(Array(rfc)[4..<10]))) {
            try MexicanRFC.validate(rfc, clientType: .individual)
        }
    }

    @Test func acceptsTheLeapDayOfLeapYears() throws {
        #expect(try MexicanRFC.validate("CGB000229SW0", clientType: .company).warning == nil)
        #expect(try MexicanRFC.validate("GOAJ8402297M1", clientType: .individual).value == "GOAJ8402297M1")
    }
}
