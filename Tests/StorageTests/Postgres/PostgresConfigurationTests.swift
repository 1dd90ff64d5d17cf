import Storage
import Testing

@Suite struct PostgresConfigurationTests {
    @Test func takesThePoolSizeOutOfTheURL() throws {
        let configuration = try PostgresConfiguration(url: "postgres://app:secret@db.internal:5433/clientela?sslmode=require&pool_size=12&application_name=api")
        #expect(configuration.poolSize == 12)
        #expect(configuration.url == "postgres://app:secret@db.internal:5433/clientela?sslmode=require&application_name=api")
    }

    @Test func defaultsToFourConnections() throws {
        let configuration = try PostgresConfiguration(url: "postgresql://localhost/clientela")
        #expect(configuration.poolSize == 4)
        #expect(configuration.url == "postgresql://localhost/clientela")
    }

    @Test func hidesThePassword() throws {
        let configuration = try PostgresConfiguration(url: "postgres://app:s3cr%40t@host:5432/db?sslmode=verify-full")
        #expect(configuration.redactedURL == "postgres://app:***@host:5432/db?sslmode=verify-full")
        #expect(try PostgresConfiguration(url: "postgres://host/db").redactedURL == "postgres://host/db")
    }

    @Test func acceptsMultipleHostsForFailover() throws {
        let configuration = try PostgresConfiguration(url: "postgres://node1:26257,node2:26257/clientela?target_session_attrs=read-write")
        #expect(configuration.url.contains("node2"))
    }

    @Test(arguments: ["mysql://localhost/db", "postgres://localhost/db?pool_size=0", "postgres://localhost/db?pool_size=many", "postgres://localhost/db?nonsense_option=1"])
    func rejectsUnusableURLs(url: String) {
        #expect {
            try PostgresConfiguration(url: url)
        } throws: { error in
            (error as? StorageError)?.code == .configuration
        }
    }

    @Test func rejectionNeverRepeatsThePassword() {
        do {
            _ = try PostgresConfiguration(url: "postgres://app:hunter2@localhost/db?bogus=1")
            Issue.record("expected an error")
        } catch {
            #expect(!"\(error)".contains("hunter2"))
        }
    }
}
