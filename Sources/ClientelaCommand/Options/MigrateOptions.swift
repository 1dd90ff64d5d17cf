package import Storage

/// The options of `clientela migrate`, checked.
package struct MigrateOptions: Sendable, Equatable {
    package var database: DatabaseConfiguration

    package init(database: DatabaseConfiguration) {
        self.database = database
    }

    /// - Throws: ``UsageError`` for a database URL that cannot be used.
    package init(_ values: FlagValues) throws(UsageError) {
        database = try OptionValues.database(values)
    }
}
