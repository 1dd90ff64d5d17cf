import Foundation
import Storage

/// A repository written the way business modules write theirs, for the contract suite: its own
/// migrations, parameterised SQL, typed decoding, a domain error from a unique violation, a batch
/// lookup, keyset pages and substring search.
struct ContactRepository: Sendable {
    struct Contact: Equatable, Sendable {
        var id: UUID
        var companyID: UUID?
        var name: String
        var email: String?
        var createdAt: Date
    }

    struct Company: Equatable, Sendable {
        var id: UUID
        var name: String
    }

    /// Where a page ends, to continue after it.
    struct Cursor: Equatable, Sendable {
        var name: String
        var id: UUID
    }

    enum Failure: Error, Equatable {
        case duplicateEmail
    }

    let database: any SQLDatabase

    static let search = SearchIndex(name: "contacts_search", table: "contacts", key: "id", columns: ["name", "email"])

    static let migrations = ModuleMigrations(module: "contacts", migrations: [
        Migration(1, "create companies and contacts", .sql("""
            CREATE TABLE companies (id TEXT PRIMARY KEY, name TEXT NOT NULL);
            CREATE TABLE contacts (
              id TEXT PRIMARY KEY,
              company_id TEXT REFERENCES companies (id),
              name TEXT NOT NULL,
              email TEXT,
              created_at TEXT NOT NULL,
              deleted_at TEXT
            );
            CREATE UNIQUE INDEX contacts_email_unique ON contacts (email) WHERE deleted_at IS NULL;
            CREATE INDEX contacts_name_order ON contacts (name, id);
            CREATE INDEX contacts_company ON contacts (company_id);
            """)),
        Migration(2, "search contacts", .createSearchIndex(search)),
    ])

    func migrate() async throws {
        try await Migrator([Self.migrations]).migrate(database)
    }

    func create(_ company: Company) async throws {
        try await database.write { connection in
            try connection.execute("INSERT INTO companies (id, name) VALUES (\(company.id), \(company.name))")
        }
    }

    /// Creates contacts together: all of them, or none when one fails.
    ///
    /// - Throws: ``Failure/duplicateEmail`` when an email is taken by a contact that is not deleted.
    func create(_ contacts: [Contact]) async throws {
        do {
            try await database.write { connection in
                for contact in contacts {
                    try connection.execute("""
                        INSERT INTO contacts (id, company_id, name, email, created_at)
                        VALUES (\(contact.id), \(contact.companyID), \(contact.name), \(contact.email), \(contact.createdAt))
                        """)
                }
            }
        } catch let error as StorageError where error.isUniqueViolation("contacts_email_unique") {
            throw Failure.duplicateEmail
        }
    }

    func contact(_ id: UUID) async throws -> Contact? {
        try await database.read { connection in
            try connection.firstRow("SELECT id, company_id, name, email, created_at FROM contacts WHERE id = \(id) AND deleted_at IS NULL")
                .map(Self.contact)
        }
    }

    func rename(_ id: UUID, to name: String) async throws -> Bool {
        try await database.write { connection in
            try connection.execute("UPDATE contacts SET name = \(name) WHERE id = \(id) AND deleted_at IS NULL") == 1
        }
    }

    func delete(_ id: UUID) async throws {
        try await database.write { connection in
            try connection.execute("UPDATE contacts SET deleted_at = \(Date()) WHERE id = \(id)")
        }
    }

    /// A page ordered by name, after a cursor: the index on (name, id) makes a deep page cost what
    /// the first one costs.
    func page(after cursor: Cursor?, limit: Int) async throws -> [Contact] {
        try await database.read { connection in
            let after: SQL = cursor.map { "AND (name, id) > (\($0.name), \($0.id))" } ?? ""
            return try connection.rows("""
                SELECT id, company_id, name, email, created_at FROM contacts
                WHERE deleted_at IS NULL \(after)
                ORDER BY name, id LIMIT \(limit)
                """, as: Self.contact)
        }
    }

    /// One page of the contacts whose name or email contains `text`, with how many match in all,
    /// in one call that lets the driver pick the plan (see ``SQLConnection/search(_:_:)``).
    func search(_ text: String, limit: Int, after cursor: SearchCursor? = nil) async throws -> (contacts: [Contact], total: Int, next: SearchCursor?) {
        try await database.read { connection in
            let page = try connection.search(Self.search, SearchQuery(
                text: text, columns: ["id", "company_id", "name", "email", "created_at"],
                filter: "deleted_at IS NULL", order: SearchOrder(["name"]), limit: limit, after: cursor))
            return (try page.rows.map(Self.contact), page.total, page.next)
        }
    }

    /// The companies of many contacts in one statement, as a per-request loader asks for them.
    func companies(_ ids: Set<UUID>) async throws -> [UUID: Company] {
        try await database.read { connection in
            let companies = try connection.rows("SELECT id, name FROM companies WHERE id IN \(list: ids.sorted { $0.uuidString < $1.uuidString })") { row in
                Company(id: try row.decode("id"), name: try row.decode("name"))
            }
            return Dictionary(uniqueKeysWithValues: companies.map { ($0.id, $0) })
        }
    }

    private static func contact(_ row: Row) throws -> Contact {
        Contact(id: try row.decode("id"), companyID: try row.decode("company_id"), name: try row.decode("name"),
                email: try row.decode("email"), createdAt: try row.decode("created_at"))
    }
}
