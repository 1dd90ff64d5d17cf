import Storage
import Testing

@Suite struct SQLTests {
    @Test func rendersPlaceholdersPerDialect() {
        let email = "ana@example.com"
        let sql: SQL = "SELECT id FROM clients WHERE email = \(email) AND visits > \(3)"
        #expect(sql.text(for: .sqlite) == "SELECT id FROM clients WHERE email = ? AND visits > ?")
        #expect(sql.text(for: .postgres) == "SELECT id FROM clients WHERE email = $1 AND visits > $2")
        #expect(sql.bindings == [.text("ana@example.com"), .integer(3)])
    }

    @Test func neverWritesValuesIntoTheText() {
        let hostile = "x'; DROP TABLE clients; --"
        let sql: SQL = "SELECT * FROM clients WHERE name = \(hostile)"
        #expect(!sql.text(for: .sqlite).contains("DROP"))
        #expect(!sql.description.contains("DROP"))
        #expect(sql.bindings == [.text(hostile)])
    }

    @Test func writesIdentifiersIntoTheText() {
        let table: SQLIdentifier = "clients"
        let sql: SQL = "SELECT count(*) FROM \(table) WHERE id = \(7)"
        #expect(sql.text(for: .postgres) == "SELECT count(*) FROM clients WHERE id = $1")
    }

    @Test func composesFragmentsAndKeepsBindingOrder() {
        let assignments: [SQL] = ["name = \("Ana")", "visits = \(2)"]
        let sql: SQL = "UPDATE clients SET \(assignments.joined(separator: ", ")) WHERE id = \("c1")"
        #expect(sql.text(for: .postgres) == "UPDATE clients SET name = $1, visits = $2 WHERE id = $3")
        #expect(sql.bindings == [.text("Ana"), .integer(2), .text("c1")])
        let combined: SQL = "SELECT 1 WHERE a = \(1)" + " AND b = \(2)"
        #expect(combined.text(for: .postgres) == "SELECT 1 WHERE a = $1 AND b = $2")
    }

    @Test func rendersListsForIn() {
        let ids = ["a", "b", "c"]
        let sql: SQL = "SELECT * FROM clients WHERE id IN \(list: ids)"
        #expect(sql.text(for: .postgres) == "SELECT * FROM clients WHERE id IN ($1, $2, $3)")
        let none: SQL = "SELECT * FROM clients WHERE id IN \(list: [String]())"
        #expect(none.text(for: .sqlite) == "SELECT * FROM clients WHERE id IN (NULL)")
    }

    @Test func bindsOptionalsAsNull() {
        let missing: String? = nil
        let sql: SQL = "UPDATE clients SET email = \(missing)"
        #expect(sql.bindings == [.null])
    }
}
