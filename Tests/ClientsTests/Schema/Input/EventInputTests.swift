import Clients
import Foundation
import GraphQL
import Tenancy
import Testing

/// `CreateEventInput` and `UpdateEventInput` checked by ``EventInput``.
@Suite struct EventInputTests {
    private func object(_ pairs: [(String, Value)]) -> InputObject { InputObject(OrderedObject(pairs)) }
    private let may1 = Date(timeIntervalSince1970: 1_777_593_600)

    @Test func creationTrimsTheNameAndDefaultsTheStatus() throws {
        let creation = try EventInput.creating(object([
            ("name", "  Boda Ruiz  "), ("startsAt", "2026-05-01T00:00:00Z"), ("clientId", "c-1"),
        ]))
        #expect(creation.name == "Boda Ruiz")
        #expect(creation.startsAt == may1)
        #expect(creation.endsAt == nil)
        #expect(creation.status == .planned)
        #expect(creation.clientID == "c-1")
        #expect(creation.organizationID == nil)
    }

    @Test(arguments: [
        ([("name", Value.string("   "))], "name"),
        ([("name", Value.string(String(repeating: "x", count: 256)))], "name"),
        ([("name", "Boda"), ("startsAt", "2026-05-02T00:00:00Z"), ("endsAt", "2026-05-01T00:00:00Z")], "endsAt"),
        ([("name", "Boda"), ("startsAt", "yesterday")], "startsAt"),
    ] as [([(String, Value)], String)])
    func creationRefusalsNameTheirField(_ pairs: [(String, Value)], _ field: String) {
        #expect {
            try EventInput.creating(object(pairs))
        } throws: { error in
            (error as? ResolverError)?.code == .badUserInput && (error as? ResolverError)?.extensions["field"] == .string(field)
        }
    }

    @Test func anUpdateKeepsOmittedFieldsAndClearsNulledDates() throws {
        let event = Event(organization: .generate(), name: "Boda", startsAt: may1, endsAt: may1.addingTimeInterval(3600), createdAt: may1)
        let renamed = try EventInput.updating(event, with: object([("name", "Boda Ruiz"), ("endsAt", .null), ("status", "CONFIRMED")]))
        #expect(renamed.name == "Boda Ruiz")
        #expect(renamed.startsAt == may1)
        #expect(renamed.endsAt == nil)
        #expect(renamed.status == .confirmed)
        #expect(try EventInput.updating(event, with: object([])) == event)
    }

    @Test func anUpdatePeriodRefusalNamesTheFieldItChanged() {
        let event = Event(organization: .generate(), name: "Boda", startsAt: may1, endsAt: may1.addingTimeInterval(3600), createdAt: may1)
        #expect(throws: ResolverError.badUserInput("endsAt must not be before startsAt.", field: "startsAt")) {
            try EventInput.updating(event, with: object([("startsAt", "2026-05-02T00:00:00Z")]))
        }
        #expect(throws: ResolverError.badUserInput("name cannot be cleared.", field: "name")) {
            try EventInput.updating(event, with: object([("name", .null)]))
        }
        #expect(throws: ResolverError.badUserInput("status cannot be cleared.", field: "status")) {
            try EventInput.updating(event, with: object([("status", .null)]))
        }
    }
}
