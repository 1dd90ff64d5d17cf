package import Storage

/// Every module's migrations, composed in the order their tables depend on each other.
///
/// Tenancy comes first when it lands (every other module's tables refer to its tenants); each
/// business module then adds its `ModuleMigrations` here, once, in dependency order. Today no
/// module has a table, so the list is empty and a migration run creates only the
/// `storage_migrations` record table.
package enum ClientelaMigrations {
    /// The modules' migrations, in the order they are applied.
    package static func all() -> [ModuleMigrations] {
        []
    }

    /// The migrator over ``all()``, for `clientela migrate` and `clientela serve`.
    package static func migrator() -> Migrator {
        Migrator(all())
    }
}
