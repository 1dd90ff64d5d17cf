package import Storage

/// The Tenancy module's tables, the same script on SQLite and PostgreSQL.
///
/// Ids and instants are text (lower-case UUIDs, fixed-width UTC timestamps; see Storage's
/// `Timestamp`), so one script serves both backends and text order is time order. Constraints
/// carry names because repositories turn their violations into domain errors:
/// - `organizations_slug_unique`: one slug per organization;
/// - `users_email_unique` on `lower(email)`: emails are unique whatever their case (they are
///   also stored lower-cased; the index guards rows written by other means);
/// - `users_external_id_unique`: one user per identity-provider subject;
/// - `users_client_login_unique`: at most one active CLIENT login per client (domain.md: 1:1);
/// - `api_tokens_hash_unique`: the lookup key of authentication;
/// - `users_role_check`, `users_binding_check`: a row cannot describe an impossible caller
///   (platform staff in an organization, a RESELLER without a reseller, …).
///
/// `reseller_id` and `client_id` are not foreign keys: those tables belong to other modules,
/// which this module never reads (domain.md, "Module map"); the ``LoginBindings`` port checks
/// them when a login is created.
package enum TenancyMigrations {
    package static let module = ModuleMigrations(module: "tenancy", migrations: [
        Migration(1, "create organizations, users and api tokens", .sql("""
            CREATE TABLE organizations (
              id TEXT PRIMARY KEY,
              name TEXT NOT NULL,
              slug TEXT NOT NULL,
              country TEXT NOT NULL,
              currency TEXT NOT NULL,
              default_client_status TEXT NOT NULL,
              refid_prefix TEXT NOT NULL,
              premium_min_purchases INTEGER NOT NULL,
              regular_min_purchases INTEGER NOT NULL,
              engagement_window_days INTEGER NOT NULL,
              inactivity_alert_days INTEGER NOT NULL,
              created_at TEXT NOT NULL
            );
            CREATE UNIQUE INDEX organizations_slug_unique ON organizations (slug);
            CREATE INDEX organizations_name_order ON organizations (name, id);

            CREATE TABLE users (
              id TEXT PRIMARY KEY,
              organization_id TEXT REFERENCES organizations (id),
              first_name TEXT NOT NULL,
              last_name TEXT NOT NULL,
              email TEXT NOT NULL,
              role TEXT NOT NULL,
              external_id TEXT,
              reseller_id TEXT,
              client_id TEXT,
              created_at TEXT NOT NULL,
              deactivated_at TEXT,
              CONSTRAINT users_role_check CHECK (role IN ('SUPER_ADMIN', 'PLATFORM_ADMIN', 'ORG_OWNER', 'ORG_ADMIN', 'ORG_MEMBER', 'RESELLER', 'CLIENT')),
              CONSTRAINT users_binding_check CHECK (
                (role IN ('SUPER_ADMIN', 'PLATFORM_ADMIN')) = (organization_id IS NULL)
                AND (role = 'RESELLER') = (reseller_id IS NOT NULL)
                AND (role = 'CLIENT') = (client_id IS NOT NULL)
              )
            );
            CREATE UNIQUE INDEX users_email_unique ON users (lower(email));
            CREATE UNIQUE INDEX users_external_id_unique ON users (external_id) WHERE external_id IS NOT NULL;
            CREATE UNIQUE INDEX users_client_login_unique ON users (client_id) WHERE client_id IS NOT NULL AND deactivated_at IS NULL;
            CREATE INDEX users_organization ON users (organization_id, last_name, first_name, id);
            CREATE INDEX users_reseller ON users (reseller_id) WHERE reseller_id IS NOT NULL;

            CREATE TABLE api_tokens (
              id TEXT PRIMARY KEY,
              user_id TEXT NOT NULL REFERENCES users (id),
              organization_id TEXT REFERENCES organizations (id),
              name TEXT NOT NULL,
              prefix TEXT NOT NULL,
              secret_hash TEXT NOT NULL,
              created_at TEXT NOT NULL,
              last_used_at TEXT,
              expires_at TEXT,
              revoked_at TEXT
            );
            CREATE UNIQUE INDEX api_tokens_hash_unique ON api_tokens (secret_hash);
            CREATE INDEX api_tokens_user ON api_tokens (user_id, created_at);
            """)),
    ])
}
