/// Which integrity rule a write broke, in the same terms on every backend.
///
/// Names follow PostgreSQL, which reports them directly: an index created with
/// `CREATE UNIQUE INDEX clients_email_unique …` is `clients_email_unique` on both backends; a
/// primary key is `<table>_pkey` and an unnamed `UNIQUE (a, b)` table constraint is
/// `<table>_a_b_key`, the names PostgreSQL gives them. SQLite only names columns in its message,
/// so its driver looks the index up from the schema; it does not keep a name given to a `UNIQUE`
/// clause inside `CREATE TABLE`, so give a unique constraint a name with `CREATE UNIQUE INDEX`.
/// Name every `CHECK` a repository must recognise (`CONSTRAINT name CHECK (…)`), because the
/// backends invent different names for unnamed ones; SQLite reports no name for foreign keys.
package enum ConstraintViolation: Sendable, Hashable {
    /// A unique index, unique constraint or primary key.
    case unique(constraint: String)
    /// A foreign key; SQLite does not say which.
    case foreignKey(constraint: String?)
    /// A NOT NULL column.
    case notNull(column: String?)
    /// A CHECK constraint, by name when the backend reports one.
    case check(constraint: String?)
}
