import Storage
import Testing

/// Substring search, case- and accent-insensitive, from an index on both backends.
@Suite struct SearchIndexTests {
    private static let index = SearchIndex(name: "people_search", table: "people", key: "id", columns: ["name", "email", "phone"])

    private static let migrations = ModuleMigrations(module: "people", migrations: [
        Migration(1, "create people", .sql("CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT, phone TEXT, active INTEGER NOT NULL DEFAULT 1)")),
        Migration(2, "search people", .createSearchIndex(index)),
    ])

    private static let people: [(String, String, String?, String?)] = [
        ("p1", "José Gómez Muñoz", "jose.gomez@example.com", "+56 9 1111 2222"),
        ("p2", "JOSEFINA GOMEZ", nil, nil),
        ("p3", "Élodie Dupont", "elodie@dupont.fr", "+33 6 00 00 00 00"),
        ("p4", "Søren Kierkegaard", "soren@example.dk", nil),
        ("p5", "100% Pure_Agro S.A.", "ventas@pure.cl", nil),
        ("p6", "Ana \"La Jefa\" Ruiz", "ana@example.com", "+52 55 1234 5678"),
    ]

    private static func seeded(_ database: any SQLDatabase) async throws {
        try await Migrator([migrations]).migrate(database)
        try await database.write { connection in
            for (id, name, email, phone) in people {
                try connection.execute("INSERT INTO people (id, name, email, phone) VALUES (\(id), \(name), \(email), \(phone))")
            }
        }
    }

    private static func search(_ text: String, in database: any SQLDatabase) async throws -> [String] {
        try await database.read { connection in
            try connection.rows("SELECT id FROM people WHERE \(connection.searchCondition(index, matching: text)) ORDER BY id") {
                try $0.decode("id", as: String.self)
            }
        }
    }

    @Test(arguments: Backend.all)
    func findsSubstringsWhateverTheCaseAndAccents(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Self.seeded(database)
            #expect(try await Self.search("gomez", in: database) == ["p1", "p2"])
            #expect(try await Self.search("GÓMEZ", in: database) == ["p1", "p2"])
            #expect(try await Self.search("josé", in: database) == ["p1", "p2"])
            #expect(try await Self.search("munoz", in: database) == ["p1"])
            #expect(try await Self.search("ELODIE", in: database) == ["p3"])
            #expect(try await Self.search("soren", in: database) == ["p4"])
            #expect(try await Self.search("kierke", in: database) == ["p4"])
            #expect(try await Self.search("nobody", in: database) == [])
        }
    }

    @Test(arguments: Backend.all)
    func searchesEveryIndexedColumn(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Self.seeded(database)
            #expect(try await Self.search("dupont.fr", in: database) == ["p3"])
            #expect(try await Self.search("1234 56", in: database) == ["p6"])
            #expect(try await Self.search("@example.", in: database) == ["p1", "p4", "p6"])
        }
    }

    @Test(arguments: Backend.all)
    func treatsQuotesAndWildcardsAsText(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Self.seeded(database)
            #expect(try await Self.search("100%", in: database) == ["p5"])
            #expect(try await Self.search("e_agro", in: database) == ["p5"])
            #expect(try await Self.search("%", in: database) == ["p5"])
            #expect(try await Self.search("_", in: database) == ["p5"])
            #expect(try await Self.search("\"la jefa\"", in: database) == ["p6"])
            #expect(try await Self.search("' OR 1=1 --", in: database) == [])
        }
    }

    @Test(arguments: Backend.all)
    func answersShortQueries(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Self.seeded(database)
            let withO = try await Self.search("o", in: database)
            #expect(withO.count == 6)
            #expect(try await Self.search("ø", in: database) == withO)
            let withN = try await Self.search("n", in: database)
            #expect(try await Self.search("ñ", in: database) == withN)
            #expect(try await Self.search("+3", in: database) == ["p3"])
            #expect(try await Self.search("ez", in: database) == ["p1", "p2"])
            #expect(try await Self.search("", in: database).count == Self.people.count)
        }
    }

    @Test(arguments: Backend.all)
    func followsUpdatesAndDeletes(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Self.seeded(database)
            try await database.write { connection in
                try connection.execute("UPDATE people SET name = \("Joaquín Sabina") WHERE id = \("p1")")
                try connection.execute("UPDATE people SET active = \(0) WHERE id = \("p2")")
                try connection.execute("DELETE FROM people WHERE id = \("p3")")
                try connection.execute("UPDATE people SET id = \("p40") WHERE id = \("p4")")
            }
            #expect(try await Self.search("gomez", in: database) == ["p1", "p2"]) // p1 still has the email
            #expect(try await Self.search("sabina", in: database) == ["p1"])
            #expect(try await Self.search("munoz", in: database) == [])
            #expect(try await Self.search("elodie", in: database) == [])
            #expect(try await Self.search("kierkegaard", in: database) == ["p40"])
        }
    }

    @Test(arguments: Backend.all)
    func indexesRowsThatExistedBefore(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Migrator([ModuleMigrations(module: "people", migrations: [Self.migrations.migrations[0]])]).migrate(database)
            try await database.write { connection in
                try connection.execute("INSERT INTO people (id, name) VALUES (\("old"), \("Ñuñoa Ltda"))")
            }
            try await Migrator([Self.migrations]).migrate(database)
            #expect(try await Self.search("nunoa", in: database) == ["old"])
        }
    }

    @Test(arguments: Backend.all)
    func combinesWithOtherConditionsAndAnAlias(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Self.seeded(database)
            try await database.write { connection in try connection.execute("UPDATE people SET active = \(0) WHERE id = \("p2")") }
            let ids = try await database.read { connection in
                try connection.rows("""
                    SELECT p.id FROM people AS p
                    WHERE p.active = \(1) AND \(connection.searchCondition(Self.index, matching: "gomez", qualifier: "p"))
                    ORDER BY p.id
                    """) { try $0.decode("id", as: String.self) }
            }
            #expect(ids == ["p1"])
        }
    }

    // MARK: Keyed by rowid

    private static let rowIDIndex = SearchIndex(name: "notes_search", table: "notes", key: "id", columns: ["title", "body"], keyIsRowID: true)

    private static func searchNotes(_ text: String, in database: any SQLDatabase) async throws -> [Int] {
        try await database.read { connection in
            try connection.rows("SELECT n.id FROM notes AS n WHERE n.id > \(0) AND \(connection.searchCondition(rowIDIndex, matching: text, qualifier: "n")) ORDER BY n.id") {
                try $0.decode("id", as: Int.self)
            }
        }
    }

    @Test(arguments: Backend.all)
    func searchesATableKeyedByItsRowID(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await database.write { connection in
                try connection.executeScript(connection.dialect == .sqlite
                    ? "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT)"
                    : "CREATE TABLE notes (id BIGINT PRIMARY KEY, title TEXT NOT NULL, body TEXT)")
                try connection.execute("INSERT INTO notes (id, title, body) VALUES (\(1), \("Reunión con Gómez"), \("Ñuñoa"))")
                try MigrationStep.createSearchIndex(Self.rowIDIndex).apply(on: connection)
                try connection.execute("INSERT INTO notes (id, title, body) VALUES (\(2), \("GOMEZ y Muñoz"), \(nil as String?))")
                try connection.execute("INSERT INTO notes (id, title, body) VALUES (\(3), \("Élodie"), \("dupont"))")
            }
            #expect(try await Self.searchNotes("gómez", in: database) == [1, 2])
            #expect(try await Self.searchNotes("nunoa", in: database) == [1])
            #expect(try await Self.searchNotes("munoz", in: database) == [2])
            #expect(try await Self.searchNotes("ez", in: database) == [1, 2])
            try await database.write { connection in
                try connection.execute("UPDATE notes SET title = \("Sabina") WHERE id = \(1)")
                try connection.execute("DELETE FROM notes WHERE id = \(2)")
                try connection.execute("UPDATE notes SET id = \(30) WHERE id = \(3)")
            }
            #expect(try await Self.searchNotes("gomez", in: database) == [])
            #expect(try await Self.searchNotes("sabina", in: database) == [1])
            #expect(try await Self.searchNotes("nunoa", in: database) == [1])
            #expect(try await Self.searchNotes("elodie", in: database) == [30])
            #expect(try await Self.searchNotes("dupo", in: database) == [30])
        }
    }

    @Test func refusesARowIDKeyThatIsNot() async throws {
        try await Backend.sqliteMemory.withDatabase { database in
            let index = SearchIndex(name: "people_search", table: "people", key: "id", columns: ["name"], keyIsRowID: true)
            await #expect(throws: StorageError.self) {
                try await database.write { connection in
                    try connection.executeScript("CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT NOT NULL)")
                    try MigrationStep.createSearchIndex(index).apply(on: connection)
                }
            }
        }
    }
}
