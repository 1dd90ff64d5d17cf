import Foundation
import Storage
import Testing

/// The repository suite every driver must pass: a module's repository on SQLite (memory and file)
/// and on PostgreSQL, with the same results.
@Suite struct ContactRepositoryTests {
    private static func contact(_ name: String, email: String? = nil, company: UUID? = nil, at seconds: Double = 1_700_000_000) -> ContactRepository.Contact {
        .init(id: UUID(), companyID: company, name: name, email: email, createdAt: Date(timeIntervalSince1970: seconds))
    }

    private static func repository(_ database: any SQLDatabase) async throws -> ContactRepository {
        let repository = ContactRepository(database: database)
        try await repository.migrate()
        return repository
    }

    @Test(arguments: Backend.all)
    func storesAndReadsContacts(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let repository = try await Self.repository(database)
            let company = ContactRepository.Company(id: UUID(), name: "Agrícola del Sur")
            try await repository.create(company)
            let ana = Self.contact("Ana Pérez", email: "ana@example.com", company: company.id, at: 1_700_000_000.123456)
            try await repository.create([ana])
            #expect(try await repository.contact(ana.id) == ana)
            #expect(try await repository.rename(ana.id, to: "Ana Pérez Soto"))
            #expect(try await repository.contact(ana.id)?.name == "Ana Pérez Soto")
            try await repository.delete(ana.id)
            #expect(try await repository.contact(ana.id) == nil)
            #expect(try await repository.rename(ana.id, to: "ghost") == false)
        }
    }

    @Test(arguments: Backend.all)
    func turnsATakenEmailIntoADomainErrorAndKeepsNothing(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let repository = try await Self.repository(database)
            try await repository.create([Self.contact("Ana", email: "ana@example.com")])
            let batch = [Self.contact("Bruno", email: "bruno@example.com"), Self.contact("Ana Again", email: "ana@example.com")]
            await #expect(throws: ContactRepository.Failure.duplicateEmail) { try await repository.create(batch) }
            #expect(try await repository.contact(batch[0].id) == nil)
            // Once the first Ana is deleted, her email is free again (a partial unique index).
            let first = try await repository.page(after: nil, limit: 10)[0]
            try await repository.delete(first.id)
            try await repository.create([Self.contact("Ana Again", email: "ana@example.com")])
        }
    }

    @Test(arguments: Backend.all)
    func pagesByCursorWithoutGapsOrRepeats(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let repository = try await Self.repository(database)
            let contacts = (0..<57).map { Self.contact("Contact \(String(format: "%03d", $0 % 20))") }
            try await repository.create(contacts)
            var seen: [UUID] = []
            var cursor: ContactRepository.Cursor?
            while true {
                let page = try await repository.page(after: cursor, limit: 10)
                seen += page.map(\.id)
                guard let last = page.last, page.count == 10 else { break }
                cursor = .init(name: last.name, id: last.id)
            }
            #expect(seen.count == 57)
            #expect(Set(seen) == Set(contacts.map(\.id)))
            let expected = contacts.sorted { ($0.name, $0.id.uuidString.lowercased()) < ($1.name, $1.id.uuidString.lowercased()) }.map(\.id)
            #expect(seen == expected)
        }
    }

    @Test(arguments: Backend.all)
    func searchesNamesAndEmails(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let repository = try await Self.repository(database)
            try await repository.create([
                Self.contact("Martín Ibáñez", email: "martin@agro.cl"),
                Self.contact("Marta Núñez"),
                Self.contact("Pedro Soto", email: "pedro@ibanez-hnos.cl"),
            ])
            #expect(try await repository.search("ibanez", limit: 10).contacts.map(\.name) == ["Martín Ibáñez", "Pedro Soto"])
            #expect(try await repository.search("NUÑ", limit: 10).contacts.map(\.name) == ["Marta Núñez"])
            let first = try await repository.search("mart", limit: 1)
            #expect(first.contacts.map(\.name) == ["Marta Núñez"])
            #expect(first.total == 2)
            let second = try await repository.search("mart", limit: 1, after: first.next)
            #expect(second.contacts.map(\.name) == ["Martín Ibáñez"])
            #expect(second.total == 2)
            #expect(second.next == nil)
        }
    }

    @Test(arguments: Backend.all)
    func loadsRelatedRowsWithoutNPlusOne(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let repository = try await Self.repository(database)
            let companies = (0..<5).map { ContactRepository.Company(id: UUID(), name: "Company \($0)") }
            for company in companies { try await repository.create(company) }
            try await repository.create((0..<100).map { Self.contact("Contact \($0)", company: companies[$0 % 5].id) })
            let counter = StatementCounter()
            let resolved = try await StatementCounter.$current.withValue(counter) {
                let page = try await repository.page(after: nil, limit: 100)
                let byID = try await repository.companies(Set(page.compactMap(\.companyID)))
                return page.compactMap { $0.companyID.flatMap { byID[$0]?.name } }
            }
            #expect(resolved.count == 100)
            #expect(counter.value == 2) // one page, one batched lookup: not 1 + 100
        }
    }
}
