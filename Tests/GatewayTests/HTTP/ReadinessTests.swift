import Gateway
import Storage
import Testing

@Suite struct ReadinessTests {
    @Test func isReadyWhileTheDatabaseAnswersAndNotOnceItIsClosed() async throws {
        let database = try await DatabaseConfiguration(url: ":memory:").open()
        let ready = Readiness.storage(database)
        #expect(await ready())
        await database.close()
        #expect(await ready() == false)
    }
}
