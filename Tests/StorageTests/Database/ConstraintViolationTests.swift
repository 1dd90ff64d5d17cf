import Storage
import Testing

/// Both drivers report a broken constraint in the same terms, so a repository maps it once.
@Suite struct ConstraintViolationTests {
    private static let schema = MigrationStep.sql("""
        CREATE TABLE organizations (id TEXT PRIMARY KEY, slug TEXT NOT NULL UNIQUE);
        CREATE TABLE clients (
          id TEXT PRIMARY KEY,
          organization_id TEXT NOT NULL REFERENCES organizations (id),
          email TEXT,
          phone TEXT,
          tax_id TEXT,
          credit INTEGER NOT NULL DEFAULT 0 CONSTRAINT clients_credit_positive CHECK (credit >= 0),
          deleted_at TEXT,
          UNIQUE (organization_id, tax_id)
        );
        CREATE UNIQUE INDEX clients_email_unique ON clients (organization_id, email) WHERE deleted_at IS NULL;
        CREATE UNIQUE INDEX clients_phone_digits_unique ON clients (replace(phone, ' ', ''));
        """)

    private static func violation(_ backend: Backend, _ statement: SQL) async throws -> ConstraintViolation? {
        try await backend.withDatabase { database in
            try await database.write { connection in
                try schema.apply(on: connection)
                try connection.execute("INSERT INTO organizations (id, slug) VALUES (\("o1"), \("acme"))")
                try connection.execute("INSERT INTO clients (id, organization_id, email, phone, tax_id) VALUES (\("c1"), \("o1"), \("ana@example.com"), \("+56 9 1111"), \("T1"))")
            }
            let error = await #expect(throws: StorageError.self) {
                try await database.write { connection in try connection.execute(statement) }
            }
            return error?.violation
        }
    }

    @Test(arguments: Backend.all)
    func namesAUniqueIndex(backend: Backend) async throws {
        let violation = try await Self.violation(backend, "INSERT INTO clients (id, organization_id, email) VALUES (\("c2"), \("o1"), \("ana@example.com"))")
        #expect(violation == .unique(constraint: "clients_email_unique"))
    }

    @Test(arguments: Backend.all)
    func namesAUniqueExpressionIndex(backend: Backend) async throws {
        let violation = try await Self.violation(backend, "INSERT INTO clients (id, organization_id, phone) VALUES (\("c2"), \("o1"), \("+5691111"))")
        #expect(violation == .unique(constraint: "clients_phone_digits_unique"))
    }

    @Test(arguments: Backend.all)
    func namesAnUnnamedUniqueTableConstraintAsPostgresDoes(backend: Backend) async throws {
        let violation = try await Self.violation(backend, "INSERT INTO clients (id, organization_id, tax_id) VALUES (\("c2"), \("o1"), \("T1"))")
        #expect(violation == .unique(constraint: "clients_organization_id_tax_id_key"))
    }

    @Test(arguments: Backend.all)
    func namesAnUnnamedUniqueColumnAsPostgresDoes(backend: Backend) async throws {
        let violation = try await Self.violation(backend, "INSERT INTO organizations (id, slug) VALUES (\("o2"), \("acme"))")
        #expect(violation == .unique(constraint: "organizations_slug_key"))
    }

    @Test(arguments: Backend.all)
    func namesThePrimaryKey(backend: Backend) async throws {
        let violation = try await Self.violation(backend, "INSERT INTO organizations (id, slug) VALUES (\("o1"), \("other"))")
        #expect(violation == .unique(constraint: "organizations_pkey"))
    }

    @Test(arguments: Backend.all)
    func namesTheNotNullColumn(backend: Backend) async throws {
        let violation = try await Self.violation(backend, "INSERT INTO organizations (id, slug) VALUES (\("o2"), \(String?.none))")
        #expect(violation == .notNull(column: "slug"))
    }

    @Test(arguments: Backend.all)
    func namesANamedCheck(backend: Backend) async throws {
        let violation = try await Self.violation(backend, "UPDATE clients SET credit = \(-5) WHERE id = \("c1")")
        #expect(violation == .check(constraint: "clients_credit_positive"))
    }

    @Test(arguments: Backend.all)
    func reportsAForeignKey(backend: Backend) async throws {
        let violation = try await Self.violation(backend, "INSERT INTO clients (id, organization_id) VALUES (\("c2"), \("missing"))")
        guard case .foreignKey = violation else {
            Issue.record("expected a foreign-key violation, got \(String(describing: violation))")
            return
        }
    }

    @Test(arguments: Backend.all)
    func describesTheStatementButNotTheValues(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await database.write { connection in try Self.schema.apply(on: connection) }
            let error = await #expect(throws: StorageError.self) {
                try await database.write { connection in
                    try connection.execute("INSERT INTO organizations (id, slug) VALUES (\("secret-id"), \(String?.none))")
                }
            }
            let description = try #require(error).description
            #expect(description.contains("INSERT INTO organizations"))
            #expect(!description.contains("secret-id"))
        }
    }
}
