// A child process for the storage crash tests (Tests/StorageTests/CrashRecoveryTests.swift).
//
// Usage: storage-crash-helper DATABASE_URL
// Creates the table `crash_rows` if needed, then commits one row per transaction, forever,
// printing `committed N` after each commit returns. The test kills it with SIGKILL mid-loop and
// checks that every row it saw committed is still there.
import Foundation
import Storage

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: storage-crash-helper DATABASE_URL\n".utf8))
    exit(2)
}
let database = try await DatabaseConfiguration(url: CommandLine.arguments[1]).open()
try await Migrator([
    ModuleMigrations(module: "crash", migrations: [
        Migration(1, "create crash_rows", .sql("CREATE TABLE crash_rows (n INTEGER PRIMARY KEY, payload TEXT NOT NULL)")),
    ]),
]).migrate(database)

let payload = String(repeating: "committed data ", count: 20)
var number = 0
while true {
    number += 1
    let current = number
    try await database.write { connection in
        try connection.execute("INSERT INTO crash_rows (n, payload) VALUES (\(current), \(payload))")
        // A second statement, so a kill can also land between two writes of one transaction.
        try connection.execute("UPDATE crash_rows SET payload = \(payload + "!") WHERE n = \(current)")
    }
    // An unbuffered write: the line is out before the next transaction starts.
    FileHandle.standardOutput.write(Data("committed \(current)\n".utf8))
}
