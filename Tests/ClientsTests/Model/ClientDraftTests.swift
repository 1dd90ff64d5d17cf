import Tenancy
import Clients
import GraphQL
import Testing

@Suite struct ClientDraftTests {
    private let mexico = ClientRules(country: "MX")
    private let chile = ClientRules(country: "CL", defaultStatus: .active)

    private func issues(_ body: () throws(ClientInputError) -> ClientValidation) -> [ClientInputIssue] {
        do {
            _ = try body()
            return []
        } catch {
            return error.issues
        }
    }

    // MARK: create

    @Test func createNormalisesEveryField() throws {
        var input = ClientInput()
        input.name = .value("  Boda Pérez–López ")
        input.email = .value(" Novios@Example.MX ")
        input.phone = .value("+52 (55) 1234-5678")
        input.type = .value(.company)
        input.taxId = .value("ccs-851202-4ca")
        input.businessName = .value("Eventos CCS S.A. de C.V.")
        input.billingAddress = .value("Av. Reforma 1\nCDMX")
        input.address = .value(AddressInput(street: "Av. Reforma 1", commune: "Cuauhtémoc", region: "CDMX", country: "mx"))
        input.acquisitionSource = .value(.referral)
        input.acquisitionDetail = .value("the Garcías")
        input.notes = .value("Prefers WhatsApp")
        input.metadata = .value(["wedding.date": "2027-02-14"])
        let result = try ClientDraft.creating(from: input, rules: mexico)
        let draft = result.draft
        #expect(draft.name == "Boda Pérez–López")
        #expect(draft.email?.value == "novios@example.mx")
        #expect(draft.phone?.value == "+525512345678")
        #expect(draft.type == .company)
        #expect(draft.status == .prospect)
        #expect(draft.taxId?.value == "CCS8512024CA")
        #expect(draft.address?.country == "MX")
        #expect(draft.acquisitionSource == .referral)
        #expect(draft.metadata.description == #"{"wedding.date":"2027-02-14"}"#)
        #expect(result.warnings.isEmpty)
    }

    @Test func createDefaultsTypeStatusAndMetadata() throws {
        var input = ClientInput()
        input.name = .value("Ana")
        let mexican = try ClientDraft.creating(from: input, rules: mexico).draft
        #expect(mexican.type == .individual)
        #expect(mexican.status == .prospect)
        #expect(mexican.metadata == .empty)
        #expect(try ClientDraft.creating(from: input, rules: chile).draft.status == .active)
        input.status = .value(.pending)
        input.type = .null
        input.metadata = .null
        let explicit = try ClientDraft.creating(from: input, rules: chile).draft
        #expect(explicit.status == .pending)
        #expect(explicit.type == .individual)
    }

    @Test func createMakesTheNameFromFirstAndLastName() throws {
        var input = ClientInput()
        input.firstName = .value(" Ana ")
        input.lastName = .value("Pérez")
        #expect(try ClientDraft.creating(from: input, rules: mexico).draft.name == "Ana Pérez")
        input.lastName = .absent
        #expect(try ClientDraft.creating(from: input, rules: mexico).draft.name == "Ana")
        input.name = .value("   ")
        input.lastName = .value("Soto")
        #expect(try ClientDraft.creating(from: input, rules: mexico).draft.name == "Ana Soto")
        input.name = .value("Ana y Luis")
        #expect(try ClientDraft.creating(from: input, rules: mexico).draft.name == "Ana y Luis")
    }

    @Test func createWithoutANameIsRefused() {
        var input = ClientInput()
        input.lastName = .value("Pérez")
        let found = issues { () throws(ClientInputError) in try ClientDraft.creating(from: input, rules: mexico) }
        #expect(found.map(\.field) == ["name"])
        #expect(found.first?.code == .badUserInput)
        #expect(found.first?.message.contains("required") == true)
    }

    @Test func aTooLongNameIsReportedOnceNotAsMissing() {
        var input = ClientInput()
        input.name = .value(String(repeating: "n", count: 256))
        input.firstName = .value("Ana")
        let found = issues { () throws(ClientInputError) in try ClientDraft.creating(from: input, rules: mexico) }
        #expect(found.map(\.field) == ["name"])
        #expect(found.first?.message.contains("at most 255") == true)
    }

    @Test func everyProblemIsReportedInFieldOrder() {
        var input = ClientInput()
        input.metadata = .value(["apiKey": "x"])
        input.notes = .value(String(repeating: "n", count: 2001))
        input.taxId = .value("GOAJ7101257MA")
        input.type = .value(.company)
        input.phone = .value("12")
        input.email = .value("not-an-email")
        input.name = .value("Ana")
        input.acquisitionDetail = .value("line\nbreak")
        input.address = .value(AddressInput(region: String(repeating: "r", count: 121)))
        do {
            _ = try ClientDraft.creating(from: input, rules: mexico)
            Issue.record("a bad input was accepted")
        } catch {
            #expect(error.issues.map(\.field) == ["email", "phone", "taxId", "address.region", "acquisitionDetail", "notes", "metadata"])
            #expect(error.issues.map(\.code.rawValue) == [
                "BAD_USER_INPUT", "BAD_USER_INPUT", "INVALID_TAX_ID", "BAD_USER_INPUT", "BAD_USER_INPUT", "BAD_USER_INPUT", "BAD_USER_INPUT",
            ])
            #expect(error.code.rawValue == "BAD_USER_INPUT")
            #expect(error.field == "email")
            #expect(error.extensions["field"] == "email")
            #expect(error.extensions["issues"]?.listValue?.count == 7)
            #expect(error.message.hasSuffix("(and 6 more problems)"))
            let resolverError = error.resolverError
            #expect(resolverError.code == .badUserInput)
            #expect(resolverError.extensions["field"] == "email")
        }
    }

    @Test func aTaxIDAloneIsInvalidTaxID() {
        var input = ClientInput()
        input.name = .value("Ana")
        input.taxId = .value("12.345.678-0")
        do {
            _ = try ClientDraft.creating(from: input, rules: chile)
            Issue.record("a RUT with a wrong check digit was accepted")
        } catch {
            #expect(error.code.rawValue == "INVALID_TAX_ID")
            #expect(error.field == "taxId")
            #expect(error.message == "the check digit is 0 but the number asks for 5")
            #expect(error.extensions["reason"] == "CHECK_DIGIT_MISMATCH")
            #expect(error.extensions["issues"] == [["field": "taxId", "code": "INVALID_TAX_ID", "message": "the check digit is 0 but the number asks for 5", "reason": "CHECK_DIGIT_MISMATCH"]])
        }
    }

    @Test func anRFCCheckDigitMismatchComesBackAsAWarning() throws {
        var input = ClientInput()
        input.name = .value("Servicios SIN")
        input.type = .value(.company)
        input.taxId = .value("SIN9311169P8")
        let result = try ClientDraft.creating(from: input, rules: mexico)
        #expect(result.draft.taxId?.value == "SIN9311169P8")
        #expect(result.warnings.map(\.code) == ["RFC_CHECK_DIGIT_MISMATCH"])
    }

    @Test func blankOptionalTextsAreStoredAsNothing() throws {
        var input = ClientInput()
        input.name = .value("Ana")
        input.email = .value("   ")
        input.phone = .value("")
        input.taxId = .value(" ")
        input.notes = .value("\n")
        let draft = try ClientDraft.creating(from: input, rules: mexico).draft
        #expect(draft.email == nil)
        #expect(draft.phone == nil)
        #expect(draft.taxId == nil)
        #expect(draft.notes == nil)
    }

    // MARK: update

    private func stored() throws -> ClientDraft {
        var input = ClientInput()
        input.name = .value("Ana Pérez")
        input.firstName = .value("Ana")
        input.email = .value("ana@example.mx")
        input.taxId = .value("GOAJ7101257MA")
        input.notes = .value("VIP")
        input.metadata = .value(["tier": "gold", "wedding": ["guests": 120]])
        return try ClientDraft.creating(from: input, rules: mexico).draft
    }

    @Test func updateKeepsAbsentFieldsClearsNullsAndReplacesValues() throws {
        let before = try stored()
        var input = ClientInput()
        input.email = .null
        input.phone = .value("55 1234 5678")
        input.notes = .value("  ")
        let after = try before.updating(with: input, rules: mexico).draft
        #expect(after.name == "Ana Pérez")
        #expect(after.firstName == "Ana")
        #expect(after.taxId == before.taxId)
        #expect(after.email == nil)
        #expect(after.phone?.value == "5512345678")
        #expect(after.notes == nil)
        #expect(try before.updating(with: ClientInput(), rules: mexico).draft == before)
    }

    @Test func updateNeverRecomputesTheName() throws {
        var input = ClientInput()
        input.firstName = .value("Anita")
        let after = try stored().updating(with: input, rules: mexico).draft
        #expect(after.firstName == "Anita")
        #expect(after.name == "Ana Pérez")
    }

    @Test func updateRefusesToClearTheNameTypeOrChangeStatus() throws {
        var input = ClientInput()
        input.name = .null
        input.type = .null
        input.status = .value(.active)
        let before = try stored()
        let found = issues { () throws(ClientInputError) in try before.updating(with: input, rules: mexico) }
        #expect(found.map(\.field) == ["name", "type", "status"])
        input = ClientInput()
        input.name = .value(" ")
        let blank = issues { () throws(ClientInputError) in try before.updating(with: input, rules: mexico) }
        #expect(blank.map(\.message) == ["name cannot be blank"])
    }

    @Test func updateMergesMetadata() throws {
        var input = ClientInput()
        input.metadata = .value(["tier": nil, "wedding": ["venue": "Hacienda"]])
        let after = try stored().updating(with: input, rules: mexico).draft
        #expect(after.metadata.description == #"{"wedding":{"guests":120,"venue":"Hacienda"}}"#)
        input.metadata = .null
        #expect(try stored().updating(with: input, rules: mexico).draft.metadata == .empty)
        input.metadata = .value(["password": "x"])
        let before = try stored()
        let refused = issues { () throws(ClientInputError) in try before.updating(with: input, rules: mexico) }
        #expect(refused.map(\.field) == ["metadata"])
    }

    @Test func changingTheTypeRechecksTheStoredTaxID() throws {
        var input = ClientInput()
        input.type = .value(.company)
        let before = try stored()
        let found = issues { () throws(ClientInputError) in try before.updating(with: input, rules: mexico) }
        #expect(found.map(\.field) == ["type"])
        #expect(found.map(\.code.rawValue) == ["INVALID_TAX_ID"])
        input.taxId = .value("CCS8512024CA")
        let after = try before.updating(with: input, rules: mexico).draft
        #expect(after.type == .company)
        #expect(after.taxId?.value == "CCS8512024CA")
        input.taxId = .null
        #expect(try before.updating(with: input, rules: mexico).draft.taxId == nil)
    }

    @Test func aNewTaxIDIsCheckedAgainstTheNewType() throws {
        var input = ClientInput()
        input.type = .value(.company)
        input.taxId = .value("GOAJ7101257MA")
        let before = try stored()
        let found = issues { () throws(ClientInputError) in try before.updating(with: input, rules: mexico) }
        #expect(found.map(\.field) == ["taxId"])
    }

    @Test func aFailedUpdateChangesNothing() throws {
        let before = try stored()
        var input = ClientInput()
        input.phone = .value("+52 55 1234 5678")
        input.email = .value("bad@")
        #expect(throws: ClientInputError.self) { try before.updating(with: input, rules: mexico) }
        #expect(before == (try stored()))
    }
}
