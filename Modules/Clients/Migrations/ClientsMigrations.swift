package import Storage

/// The Clients module's tables (module name "clients"), run after Tenancy's, whose
/// `organizations` and `users` they reference.
///
/// Shape and why:
/// - `clients.row_id` is an integer primary key (SQLite's rowid alias; an identity column on
///   PostgreSQL) beside the UUID `id`: the search index over name, email, phone and tax id then maps
///   a match to its row with one lookup (``SearchIndex/keyIsRowID``), and it closes every list order
///   and cursor. `id` is unique and is what other tables and the API name.
/// - `clients_email_unique` on (organization_id, email) and `clients_tax_id_unique` on
///   (organization_id, tax_id_key), both `WHERE deleted_at IS NULL`: the database, not a check
///   before the insert, decides which of two racing creates wins; a deleted client frees its
///   values. A NULL never collides, so a client without email and a generic RFC (whose
///   `tax_id_key` is NULL, see `TaxID.duplicateKey`) never conflict.
/// - `tax_id_country` keeps the country whose rules checked the tax id, so a row reads back
///   without the organization's table.
/// - `last_contact_key` is `last_contact_at` or '' when there was none: list orders must be
///   NOT NULL for the cursor's row-value comparison (see `SearchOrder`), and '' sorts first.
/// - `status_changes` and `client_changes` cascade with their client on purge; `events` keep
///   existing with `client_id` set to null; `client_tombstones` keep (refid, who, when) of a purged
///   client and also keep the refid from ever being reused.
/// - `clients_live_filters` (migration 3) holds every live client by organization, status, type
///   and segment: the total of a list (`meta.total`) counts its entries without reading a row,
///   about three times faster at a million clients than counting through the order indexes.
/// - The search index's counts (migration 4; see `SearchCounts`): per organization, how many
///   live clients contain each piece of 3 to 5 characters of their folded name, email, phone and
///   tax id, kept by triggers and backfilled from the clients already there. A search in one
///   organization's live clients reads its total there instead of counting tens of thousands of
///   matches. Each insert then writes about as many small rows as its text has pieces (see the
///   README's storage figures; on SQLite with a million clients a create took 1.30 ms instead of
///   414 µs, and the searches became 54–383 times faster than `LIKE`). Migration 4 made them on
///   PostgreSQL only until SQLite kept counts too; migration 6 makes them on an SQLite database
///   that ran it then (and does nothing on one that ran it since, or on PostgreSQL): 10 minutes
///   for a million clients. No order index holds the folded
///   text, so a search's walk of the order fetches each row it checks, and the driver prices it
///   so (`SearchCounts.orderIndexesHoldText`).
/// - The name's order buckets (migration 5; see `SearchOrderBuckets`): on PostgreSQL, when the
///   name column sorts by code point, the trigram index is rebuilt with `left(name, 2)` as a
///   first column; on SQLite the FTS5 table is rebuilt with a `bucket` column. The organization is not put in the index: a key that does not narrow the
///   matches made the index scan slower in the benchmark, and one organization usually holds most
///   clients; in a database of many tenants it would spare fetching other tenants' matches, which
///   is not measured yet.
/// - `last_purchase_at` (migration 2) is the date of the latest completed sale as BillingLinks
///   reports it beside the count; with `last_contact_at` it decides `isEngaged`.
/// - `reseller_id` is no foreign key: resellers belong to another module (domain.md, "Module map").
package enum ClientsMigrations {
    /// The search over name, email, phone and tax id. Migration 1 creates the index (which
    /// ignores the counts); migration 4 adds the counts per organization of live clients (and
    /// migration 6 on SQLite databases whose migration 4 made none), so that a search's total in
    /// one organization is read, not counted;
    /// migration 5 puts the name's first two letters in the search index (PostgreSQL's GIN, SQLite's FTS5), so that a
    /// search listed by name with a few thousand matches reads the matches of the first names
    /// only (`SearchOrderBuckets`; the other orders read every match or walk as before).
    package static let search = SearchIndex(
        name: "clients_search", table: "clients", key: "row_id", columns: ["name", "email", "phone", "tax_id"], keyIsRowID: true,
        counts: SearchCounts(scope: ["organization_id"], counted: "deleted_at IS NULL", orderBuckets: SearchOrderBuckets(column: "name")))

    package static let module = ModuleMigrations(module: "clients", migrations: [
        Migration(
            1, "create clients, their history, tombstones and events",
            .dialects(
                sqlite: """
                    CREATE TABLE clients (
                      row_id INTEGER PRIMARY KEY,
                    \(columns)
                    );
                    """,
                postgres: """
                    CREATE TABLE clients (
                      row_id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                    \(columns)
                    );
                    """),
            .sql("""
                CREATE UNIQUE INDEX clients_id_unique ON clients (id);
                CREATE UNIQUE INDEX clients_refid_unique ON clients (refid);
                CREATE UNIQUE INDEX clients_email_unique ON clients (organization_id, email) WHERE deleted_at IS NULL;
                CREATE UNIQUE INDEX clients_tax_id_unique ON clients (organization_id, tax_id_key) WHERE deleted_at IS NULL;
                CREATE INDEX clients_created_order ON clients (organization_id, created_at, row_id);
                CREATE INDEX clients_name_order ON clients (organization_id, name, row_id);
                CREATE INDEX clients_purchases_order ON clients (organization_id, total_purchases, row_id);
                CREATE INDEX clients_value_order ON clients (organization_id, lifetime_value, row_id);
                CREATE INDEX clients_contact_order ON clients (organization_id, last_contact_key, row_id);
                CREATE INDEX clients_reseller ON clients (reseller_id, created_at, row_id) WHERE reseller_id IS NOT NULL;
                CREATE INDEX clients_assigned ON clients (assigned_to) WHERE assigned_to IS NOT NULL;

                CREATE TABLE status_changes (
                  id TEXT PRIMARY KEY,
                  client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
                  from_status TEXT NOT NULL,
                  to_status TEXT NOT NULL,
                  at TEXT NOT NULL,
                  by_user TEXT,
                  reason TEXT
                );
                CREATE INDEX status_changes_client ON status_changes (client_id, at, id);

                CREATE TABLE client_changes (
                  id TEXT PRIMARY KEY,
                  client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
                  field TEXT NOT NULL,
                  old_value TEXT,
                  new_value TEXT,
                  at TEXT NOT NULL,
                  by_user TEXT
                );
                CREATE INDEX client_changes_client ON client_changes (client_id, at, id);

                CREATE TABLE client_tombstones (
                  refid TEXT PRIMARY KEY,
                  client_id TEXT NOT NULL,
                  organization_id TEXT NOT NULL REFERENCES organizations (id),
                  purged_by TEXT,
                  purged_at TEXT NOT NULL
                );

                CREATE TABLE events (
                  id TEXT PRIMARY KEY,
                  organization_id TEXT NOT NULL REFERENCES organizations (id),
                  client_id TEXT REFERENCES clients (id) ON DELETE SET NULL,
                  name TEXT NOT NULL,
                  starts_at TEXT,
                  ends_at TEXT,
                  status TEXT NOT NULL,
                  created_at TEXT NOT NULL,
                  CONSTRAINT events_status_check CHECK (status IN ('PLANNED', 'CONFIRMED', 'COMPLETED', 'CANCELLED')),
                  CONSTRAINT events_period_check CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at >= starts_at)
                );
                CREATE INDEX events_client ON events (client_id, starts_at, id) WHERE client_id IS NOT NULL;
                CREATE INDEX events_organization ON events (organization_id, starts_at, id);
                """),
            .createSearchIndex(search)),
        Migration(
            2, "clients.last_purchase_at, so that a recent purchase makes a client engaged",
            .sql("ALTER TABLE clients ADD COLUMN last_purchase_at TEXT;")),
        Migration(
            3, "an index of live clients by their list filters, so that a list's total reads no table row",
            .sql("""
                CREATE INDEX clients_live_filters ON clients (organization_id, status, type, segment) WHERE deleted_at IS NULL;
                """)),
        Migration(
            4, "counts of the search's pieces per organization of live clients, so that a search's total is read on PostgreSQL",
            .createSearchCounts(search)),
        Migration(
            5, "the first two letters of the name in the search's trigram index, so that a search by name reads a few buckets",
            .createSearchOrderBuckets(search)),
        Migration(
            6, "counts of the search's pieces on SQLite too, for databases whose migration 4 made none there",
            .createSQLiteSearchCounts(search)),
    ])

    /// The columns after the row id, the same on both backends.
    private static let columns: SQL = """
          id TEXT NOT NULL,
          organization_id TEXT NOT NULL REFERENCES organizations (id),
          refid TEXT NOT NULL,
          name TEXT NOT NULL,
          first_name TEXT,
          last_name TEXT,
          email TEXT,
          phone TEXT,
          type TEXT NOT NULL,
          status TEXT NOT NULL,
          segment TEXT NOT NULL,
          tax_id TEXT,
          tax_id_key TEXT,
          tax_id_country TEXT,
          business_name TEXT,
          billing_address TEXT,
          street TEXT,
          commune TEXT,
          region TEXT,
          address_country TEXT,
          acquisition_source TEXT,
          acquisition_detail TEXT,
          notes TEXT,
          metadata TEXT NOT NULL,
          assigned_to TEXT REFERENCES users (id) ON DELETE SET NULL,
          reseller_id TEXT,
          created_by TEXT,
          total_purchases INTEGER NOT NULL DEFAULT 0,
          lifetime_value INTEGER NOT NULL DEFAULT 0,
          last_contact_at TEXT,
          last_contact_key TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          deleted_at TEXT,
          CONSTRAINT clients_type_check CHECK (type IN ('INDIVIDUAL', 'COMPANY')),
          CONSTRAINT clients_status_check CHECK (status IN ('PROSPECT', 'PENDING', 'ACTIVE', 'SUSPENDED', 'COMPLETED', 'INACTIVE'))
        """
}
