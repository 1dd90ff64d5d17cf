import Clients
import Testing

@Suite struct PhoneNumberTests {
    @Test(arguments: [
        ("+56 9 8765 4321", "+56987654321"),
        ("+56 (9) 8765-4321", "+56987654321"),
        ("(55) 1234.5678", "5512345678"),
        ("  +52-55-1234-5678  ", "+525512345678"),
        ("12345", "12345"),
        ("+1\u{A0}212\u{2009}555\u{A0}0100", "+12125550100"),
        ("+12345678901234567890".dropLast(1).description, "+1234567890123456789"),
        ("12345678901234567890", "12345678901234567890"),
    ])
    func normalisesToDigitsAndAnOptionalPlus(input: String, stored: String) throws {
        #expect(try PhoneNumber(input).value == stored)
    }

    @Test(arguments: [
        ("", PhoneNumberError.empty),
        (" - ( ) . ", .empty),
        ("+56 9 8765 4321 ext 12", .invalidCharacter("e")),
        ("555-CALL-NOW", .invalidCharacter("C")),
        ("56/98765432", .invalidCharacter("/")),
        ("56+98765432", .misplacedPlus),
        ("++5698765432", .misplacedPlus),
        ("+123456789012345678901", .tooLong(maximum: 20)),
        ("123456789012345678901", .tooLong(maximum: 20)),
        ("1234", .tooFewDigits(minimum: 5)),
        ("+1234", .tooFewDigits(minimum: 5)),
        ("+", .tooFewDigits(minimum: 5)),
        ("١٢٣٤٥٦", .invalidCharacter("١")),
    ])
    func refuses(input: String, error: PhoneNumberError) {
        #expect(throws: error) { try PhoneNumber(input) }
    }

    @Test func theLimitCountsThePlus() throws {
        #expect(try PhoneNumber("+1234567890123456789").value.count == 20)
        #expect(throws: PhoneNumberError.tooLong(maximum: 20)) { try PhoneNumber("+12345678901234567890") }
    }
}
