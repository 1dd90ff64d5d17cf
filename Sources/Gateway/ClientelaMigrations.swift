package import Storage
import Clients
import Tenancy

/// Every module's migrations, composed in the order their tables depend on each other.
///
/// Tenancy comes first (every other module's tables refer to its organizations and users); each
/// business module then adds its `ModuleMigrations` here, once, in dependency order.
package enum ClientelaMigrations {
    /// The modules' migrations, in the order they are applied.
    package static func all() -> [ModuleMigrations] {
        [TenancyMigrations.module, ClientsMigrations.module]
    }

    /// The migrator over ``all()``, for `clientela migrate` and `clientela serve`.
    package static func migrator() -> Migrator {
        Migrator(all())
    }
}
