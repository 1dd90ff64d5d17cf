import ClientelaCommand
import Storage
import Testing

/// How the startup line and the messages name a database: never with a password.
@Suite struct DatabaseDisplayTests {
    @Test func sqliteIsNamedByItsPathAsGiven() throws {
        #expect(try DatabaseConfiguration(url: "./clientela.sqlite").displayName == "./clientela.sqlite")
        #expect(try DatabaseConfiguration(url: "sqlite:/var/lib/clientela/db.sqlite").displayName == "/var/lib/clientela/db.sqlite")
        #expect(try DatabaseConfiguration(url: ":memory:").displayName == ":memory:")
        #expect(try DatabaseConfiguration(url: ":memory:").kindName == "sqlite")
    }

    @Test func postgresPasswordsAreMaskedWhereverTheyAre() throws {
        let inUser = try DatabaseConfiguration(url: "postgres://app:hunter2@db.internal:5432/clientela?sslmode=require")
        #expect(inUser.displayName == "postgres://app:***@db.internal:5432/clientela?sslmode=require")
        #expect(inUser.kindName == "postgres")
        let inParameter = try DatabaseConfiguration(url: "postgresql://db.internal/clientela?user=app&password=hunter2&sslmode=require")
        #expect(inParameter.displayName == "postgresql://db.internal/clientela?user=app&password=***&sslmode=require")
        #expect(!inParameter.displayName.contains("hunter2"))
    }
}
