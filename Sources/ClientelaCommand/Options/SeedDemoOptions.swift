package import Storage

/// The options of `clientela seed-demo`, checked.
package struct SeedDemoOptions: Sendable, Equatable {
    package var database: DatabaseConfiguration
    /// How many generated clients to add to the demo organization; nil for the demo itself.
    package var clients: Int?

    package init(database: DatabaseConfiguration, clients: Int?) {
        self.database = database
        self.clients = clients
    }

    /// The most `--clients` takes in one run: ten million is ten times the benchmark's dataset.
    package static let maximumClients = 10_000_000

    /// - Throws: ``UsageError`` for a database URL that cannot be used, or a `--clients` that is
    ///   not a whole number from 1 to ten million (digits only, an optional `_` or `,` between
    ///   groups: `1_000_000`).
    package init(_ values: FlagValues) throws(UsageError) {
        database = try OptionValues.database(values)
        if values[.clients].origin == .defaultValue {
            clients = nil
            return
        }
        clients = try values.convert(.clients, expected: "a whole number of clients from 1 to 10000000") { text -> Int? in
            let digits = text.filter { $0 != "_" && $0 != "," }
            guard !digits.isEmpty, digits.count <= 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }), !text.hasPrefix("_"),
                !text.hasPrefix(","), let count = Int(digits), (1...Self.maximumClients).contains(count)
            else { return nil }
            return count
        }
    }
}
