/// Buckets of a list order's first column inside PostgreSQL's trigram index, so that a search
/// with a few thousand matches reads only the matches at the start of the order instead of all of
/// them (``SearchPlan/matchesByBucket``).
///
/// A bucket is the first ``characters`` characters of ``column`` (`left(name, 2)`), put as an
/// extra column of the GIN index (`btree_gin`), beside the folded text:
/// `USING gin (left(name, 2), <index>_text gin_trgm_ops)`. The index then answers "the matches
/// whose name starts with `Ad`", and the page walks the buckets in the order's direction until it
/// holds a page (see ``SearchIndex/postgresSearch(_:on:)``). That needs the buckets to be in the
/// order of the column: true when the column sorts by code point (the `C`, `POSIX` and `C.UTF-8`
/// collations, `ucs_basic`), where every name of a bucket sorts after the bucket's own text and
/// before its successor (the text with its last character advanced by one). Linguistic
/// collations ("Élodie" between "E" and "F") break that: there
/// ``MigrationStep/createSearchOrderBuckets(_:)`` leaves the index as it is and the searches
/// never bucket.
///
/// Why two characters (measured at a million names of the benchmark, PostgreSQL 15): the index
/// scan costs about the same whatever the bucket (1.5–3 ms: the trigram lists are read whole),
/// so what a bucket saves is the fetch and sort of the matches outside it (about 3 µs each). By
/// first letter the first bucket held 10% of the rows, and 1,362 of "nunez"'s 13,408 matches
/// (11.8 ms); by two letters 2%, and 267 (4.6 ms). Smaller buckets need more steps for a rarer
/// fragment, each another index scan; the plan bounds them (see ``SearchIndex/postgresSearch(_:on:)``).
/// SQLite keeps the buckets as a second column of its FTS5 table when the index is keyed by
/// rowid (``SearchIndex/sqliteBuckets``): its crossover fragments ("bere", "Rila") cost 10–17 ms
/// by either old plan and 4–9 ms by bucket.
package struct SearchOrderBuckets: Sendable, Hashable {
    /// The order column bucketed: a list whose order starts with it can bucket. It must be text.
    package let column: SQLIdentifier
    /// How many leading characters make a bucket.
    package let characters: Int

    package init(column: SQLIdentifier, characters: Int = 2) {
        precondition(characters >= 1, "a bucket needs at least one character")
        self.column = column
        self.characters = characters
    }

    /// The bucket of a value of ``column``, as the server's `left(…, characters)` computes it on
    /// a UTF-8 database (characters are code points on both sides).
    func bucket(of value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.prefix(characters)))
    }

    /// The smallest text that sorts after every text starting with `bucket`, in code point order:
    /// the bucket with its last character advanced by one (past the surrogates, which text cannot
    /// hold), dropping characters already at the last code point; nil when there is none.
    package static func successor(of bucket: String) -> String? {
        var scalars = Array(bucket.unicodeScalars)
        while let last = scalars.popLast() {
            var next = last.value + 1
            if (0xD800...0xDFFF).contains(next) { next = 0xE000 }
            if let scalar = Unicode.Scalar(next) {
                scalars.append(scalar)
                return String(String.UnicodeScalarView(scalars))
            }
        }
        return nil
    }
}
