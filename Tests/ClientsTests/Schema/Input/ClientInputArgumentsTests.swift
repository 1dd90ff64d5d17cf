import Clients
import GraphQL
import Tenancy
import Testing

/// A client input object read into ``ClientInput`` and ``ClientReferences``: left out, `null`
/// and a value stay apart, and malformed references get the answers of unknown ones.
@Suite struct ClientInputArgumentsTests {
    private func object(_ pairs: [(String, Value)]) -> InputObject { InputObject(OrderedObject(pairs)) }

    @Test func omittedNullAndGivenFieldsStayApart() throws {
        let input = try ClientInput(object([
            ("name", "Luna Eventos"), ("email", .null), ("type", "COMPANY"), ("status", "ACTIVE"),
            ("acquisitionSource", "SOCIAL_MEDIA"), ("notes", .null),
        ]))
        #expect(input.name == .value("Luna Eventos"))
        #expect(input.email == .null)
        #expect(input.phone == .absent)
        #expect(input.type == .value(.company))
        #expect(input.status == .value(.active))
        #expect(input.acquisitionSource == .value(.socialMedia))
        #expect(input.notes == .null)
        #expect(input.address == .absent)
        #expect(input.metadata == .absent)
    }

    @Test func addressIsOneValueAndNullRemovesIt() throws {
        let given = try ClientInput(object([("address", .object(OrderedObject([("street", "Av. Siempre Viva 742"), ("region", "Jalisco")])))]))
        #expect(given.address == .value(AddressInput(street: "Av. Siempre Viva 742", region: "Jalisco")))
        let cleared = try ClientInput(object([("address", .null)]))
        #expect(cleared.address == .null)
    }

    @Test func metadataIsKeptAsGivenForTheDraftToCheck() throws {
        let patch: Value = .object(OrderedObject([("tier", "gold"), ("old", .null)]))
        #expect(try ClientInput(object([("metadata", patch)])).metadata == .value(patch))
        #expect(try ClientInput(object([("metadata", .null)])).metadata == .null)
    }

    @Test func anEnumNameTheModelLacksIsBadUserInputOnItsField() {
        #expect(throws: ResolverError.badUserInput("type has no value ROBOT.", field: "type")) {
            try ClientInput(object([("type", "ROBOT")]))
        }
    }

    @Test func referencesParseOrClearOrStayAbsent() throws {
        let user = UserID.generate()
        let reseller = ResellerID.generate()
        let given = try ClientReferences(object([
            ("organizationId", "org"), ("assignedToId", .string(user.rawValue)), ("resellerId", .string(reseller.rawValue)),
        ]))
        #expect(given.organizationID == "org")
        #expect(given.assignedTo == .value(user))
        #expect(given.reseller == .value(reseller))
        #expect(given.assignedTo.change == .some(.some(user)))
        let cleared = try ClientReferences(object([("assignedToId", .null), ("resellerId", .null)]))
        #expect(cleared.assignedTo.change == .some(nil))
        #expect(cleared.reseller == .null)
        let absent = try ClientReferences(object([]))
        #expect(absent.assignedTo.change == nil)
        #expect(absent.organizationID == nil)
    }

    @Test func aMalformedAssigneeIsRefusedLikeAnInactiveOne() {
        #expect {
            try ClientReferences(object([("assignedToId", "not-a-uuid")]))
        } throws: { error in
            guard let error = error as? ResolverError else { return false }
            return error.code == .badUserInput && error.extensions == ["field": "assignedToId"]
                && error.message == ClientRepositoryError.invalidAssignee(.generate()).message
        }
    }

    @Test func aMalformedResellerIsInvalidReseller() {
        #expect(throws: ClientReferences.invalidReseller) {
            try ClientReferences(object([("resellerId", "42")]))
        }
        #expect(ClientReferences.invalidReseller.code == ClientErrorCodes.invalidReseller)
        #expect(ClientReferences.invalidReseller.extensions == ["field": "resellerId"])
    }
}
