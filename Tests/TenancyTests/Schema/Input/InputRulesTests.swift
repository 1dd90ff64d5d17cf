import GraphQL
import Tenancy
import Testing

@Suite struct InputRulesTests {
    @Test func normalisesEmailsAndRefusesTypos() throws {
        #expect(try InputRules.email("  Ana.Perez+crm@Agro-Sur.CL ") == "ana.perez+crm@agro-sur.cl")
        for bad in ["ana", "ana@", "@agro.cl", "ana@agro", "ana@@agro.cl", "ana perez@agro.cl", "ana@agro..cl", "ana@.agro.cl", "ana@agro.cl,"] {
            #expect(throws: ResolverError.badUserInput("\"\(bad)\" is not a valid email address.", field: "email")) {
                try InputRules.email(bad)
            }
        }
        let long = String(repeating: "a", count: 251) + "@x.io"
        #expect(throws: ResolverError.self) { try InputRules.email(long) }
        #expect(try InputRules.email(String(long.dropFirst())).count == 255)
    }

    @Test func slugsAreDNSLabels() throws {
        #expect(try InputRules.slug("agencia-luna-2") == "agencia-luna-2")
        for bad in ["", "Agencia", "agencia--luna", "-luna", "luna-", "luna_sur", "año", String(repeating: "a", count: 64)] {
            #expect(throws: ResolverError.self, "\(bad)") { try InputRules.slug(bad) }
        }
        #expect(try InputRules.slug(String(repeating: "a", count: 63)).count == 63)
    }

    @Test func countryAndCurrencyCodesAreUpperCased() throws {
        #expect(try InputRules.country(" mx ") == "MX")
        #expect(try InputRules.currency("clp") == "CLP")
        for bad in ["M", "MEX", "M1", "ñx"] {
            #expect(throws: ResolverError.self) { try InputRules.country(bad) }
        }
        #expect(throws: ResolverError.self) { try InputRules.currency("US") }
    }

    @Test func textIsTrimmedAndBounded() throws {
        #expect(try InputRules.text("  Nora \n", field: "firstName", maximum: 4) == "Nora")
        #expect(throws: ResolverError.badUserInput("firstName must not be empty.", field: "firstName")) {
            try InputRules.text(" \t ", field: "firstName", maximum: 4)
        }
        #expect(throws: ResolverError.badUserInput("firstName must be at most 4 characters.", field: "firstName")) {
            try InputRules.text("Norma", field: "firstName", maximum: 4)
        }
    }
}
