import Storage
import Testing

@Suite struct DatabaseConfigurationTests {
    @Test func choosesTheBackendFromTheURL() throws {
        #expect(try DatabaseConfiguration(url: "clientela.sqlite") == .sqlite(.file("clientela.sqlite")))
        #expect(try DatabaseConfiguration(url: "sqlite:/var/lib/clientela/db.sqlite") == .sqlite(.file("/var/lib/clientela/db.sqlite")))
        #expect(try DatabaseConfiguration(url: "sqlite:///tmp/x.sqlite") == .sqlite(.file("/tmp/x.sqlite")))
        #expect(try DatabaseConfiguration(url: ":memory:") == .sqlite(.memory))
        #expect(try DatabaseConfiguration(url: "sqlite::memory:") == .sqlite(.memory))
        guard case .postgres(let configuration) = try DatabaseConfiguration(url: "postgres://u:p@h/db") else {
            Issue.record("expected PostgreSQL")
            return
        }
        #expect(configuration.url == "postgres://u:p@h/db")
    }

    @Test func describesWithoutThePassword() throws {
        #expect(try DatabaseConfiguration(url: "postgres://u:p4ss@h/db").description == "postgres://u:***@h/db")
        #expect(try DatabaseConfiguration(url: "data.sqlite").description == "sqlite:data.sqlite")
    }

    @Test func rejectsAnEmptyPath() {
        #expect(throws: StorageError.self) { try DatabaseConfiguration(url: "sqlite:") }
    }
}
