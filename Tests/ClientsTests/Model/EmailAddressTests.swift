import Clients
import Testing

@Suite struct EmailAddressTests {
    @Test(arguments: [
        ("ana@example.com", "ana@example.com"),
        ("  Ana.Perez@Example.COM \n", "ana.perez@example.com"),
        ("first.last+tag@sub.domain.co.uk", "first.last+tag@sub.domain.co.uk"),
        ("o'brien@example.ie", "o'brien@example.ie"),
        ("x@a-b.io", "x@a-b.io"),
        ("user_name-1@example123.org", "user_name-1@example123.org"),
        ("JOSÉ@ÑANDÚ.CL", "josé@ñandú.cl"),
        ("info@xn--and-6ma2c.cl", "info@xn--and-6ma2c.cl"),
        ("用户@例子.广告", "用户@例子.广告"),
    ])
    func acceptsAndNormalises(input: String, stored: String) throws {
        #expect(try EmailAddress(input).value == stored)
    }

    @Test(arguments: [
        ("", EmailAddressError.empty),
        ("   ", .empty),
        ("ana.example.com", .missingAt),
        ("ana@@example.com", .severalAts),
        ("a@b@example.com", .severalAts),
        ("@example.com", .emptyLocalPart),
        ("ana@", .emptyDomain),
        ("ana@localhost", .domainWithoutDot),
        ("ana perez@example.com", .spaceOrControlCharacter),
        ("ana@exa\u{7}mple.com", .spaceOrControlCharacter),
        (".ana@example.com", .misplacedDot),
        ("ana.@example.com", .misplacedDot),
        ("ana..perez@example.com", .misplacedDot),
        ("ana@example..com", .misplacedDot),
        ("ana@example.com.", .misplacedDot),
        ("ana@-example.com", .labelHyphen("-example")),
        ("ana@example-.com", .labelHyphen("example-")),
        ("ana@1.2.3.4", .numericTopLevelDomain),
        ("ana@[192.0.2.1]", .invalidCharacter("[")),
        ("\"ana perez\"@example.com", .spaceOrControlCharacter),
        ("\"ana\"@example.com", .invalidCharacter("\"")),
        ("ana(comment)@example.com", .invalidCharacter("(")),
        ("ana@exa_mple.com", .invalidCharacter("_")),
    ])
    func refuses(input: String, error: EmailAddressError) {
        #expect(throws: error) { try EmailAddress(input) }
    }

    @Test func limitsTheLocalPartTo64Bytes() throws {
        let local = String(repeating: "a", count: 64)
        #expect(try EmailAddress("\(local)@example.com").value.count == 76)
        #expect(throws: EmailAddressError.localPartTooLong) { try EmailAddress("a\(local)@example.com") }
    }

    @Test func limitsDomainLabelsTo63Bytes() throws {
        let label = String(repeating: "b", count: 63)
        #expect(try EmailAddress("a@\(label).com").value.hasSuffix(".com"))
        #expect(throws: EmailAddressError.labelTooLong(label + "b")) { try EmailAddress("a@\(label)b.com") }
    }

    @Test func limitsTheAddressTo255Characters() throws {
        let local = String(repeating: "a", count: 64)
        let label = String(repeating: "c", count: 60)
        // 64 + "@" + three 60-character labels with their dots (183) = 248; the last label fills up.
        func address(topLevelLength: Int) -> String {
            "\(local)@\(label).\(label).\(label).\(String(repeating: "d", count: topLevelLength))"
        }
        let exact = address(topLevelLength: 7)
        #expect(exact.count == 255)
        #expect(try EmailAddress(exact).value == exact)
        #expect(address(topLevelLength: 8).count == 256)
        #expect(throws: EmailAddressError.tooLong(maximum: 255)) { try EmailAddress(address(topLevelLength: 8)) }
    }

    @Test func errorsExplainThemselves() {
        #expect(EmailAddressError.domainWithoutDot.message.contains("dot"))
        #expect(EmailAddressError.invalidCharacter("[").message.contains("["))
    }

    @Test func exposesTheDomain() throws {
        #expect(try EmailAddress("a.b@Mail.Example.org").domain == "mail.example.org")
    }
}
