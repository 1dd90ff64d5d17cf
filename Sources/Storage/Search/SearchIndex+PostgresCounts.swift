extension SearchIndex {
    /// The folded counts: one row per scope value and piece, `n` the number of counted rows of
    /// that scope whose folded text contains the piece.
    var piecesTable: SQLIdentifier { name.suffixed("_pieces") }
    /// The changes to the counts not folded into ``piecesTable`` yet, appended by every write.
    var deltasTable: SQLIdentifier { name.suffixed("_piece_deltas") }
    /// Advanced by every write, by one per ``foldTick`` deltas; it decides which write folds.
    private var foldClock: SQLIdentifier { name.suffixed("_fold_clock") }
    /// The trigger function that appends deltas.
    private var countFunction: SQLIdentifier { name.suffixed("_count") }
    /// The function that moves deltas into ``piecesTable`` (``SQLConnection/foldSearchCounts(_:)``).
    var foldFunction: SQLIdentifier { name.suffixed("_fold") }

    /// From how many rows a statement's changes go straight into the folded counts when its
    /// transaction can take the fold's lock (see ``createPostgresCounts()``).
    static let directWriteRows = 100

    /// How many deltas make one tick of the fold clock.
    static let foldTick = 100
    /// How many ticks (of ``foldTick`` deltas) pass between two folds: a fold about every 5,000
    /// deltas written by anyone.
    static let foldEveryTicks = 50

    /// The tables, trigger and functions that keep the number of counted rows containing each
    /// piece of folded text, per scope value, and the backfill of the rows already there.
    ///
    /// A *piece* is every distinct substring of 3, 4 and 5 characters of the folded column
    /// (``foldedColumn``) that contains no newline (the separator of the columns), and the empty
    /// string, whose count is the number of counted rows in the scope. `clientela_pieces` lists
    /// a text's pieces with repeats (an inlined SQL function); the statements keep one of each
    /// per row by key, in one grouping for the whole statement, which measured cheaper than
    /// removing repeats row by row. A row contains a fragment of 3 to 5 characters exactly when
    /// the fragment is one of its pieces, so the number of rows that match a search for it is
    /// one count: no match is read (see ``postgresSearch(_:on:)``).
    ///
    /// Why the counts are shaped so:
    /// - Writers append (bulk statements aside, below). A statement-level trigger (`AFTER INSERT`, `UPDATE`, `DELETE`, with
    ///   transition tables) adds to ``deltasTable`` one row per scope value and piece that the
    ///   statement changed: +1 per counted row added, −1 per counted row removed, summed per
    ///   statement (an update that leaves a row's text, scope and counted condition as they were
    ///   adds nothing). A trigger that updated the counts in place made every writer update tens
    ///   of rows shared with every other writer ("a", "ar", common pieces): writers serialized on
    ///   them, and a bulk load of 200,000 rows ran at 430 rows a second. Inserted rows are never
    ///   contended, so writers never wait for each other here.
    /// - The deltas commit or roll back with the rows that caused them (savepoints included), so
    ///   in any snapshot `folded n + sum of the visible deltas` is exactly the number of visible
    ///   counted rows that contain the piece: the counts are as exact as a `count(*)` under MVCC.
    /// - Folding moves deltas into ``piecesTable`` (one `DELETE … RETURNING` feeding an
    ///   `INSERT … ON CONFLICT DO UPDATE`, counts that reach zero deleted), so that a count reads
    ///   one row and a few deltas rather than a row per write. Folds are serialized by a
    ///   transaction-level advisory lock taken with `pg_try_advisory_xact_lock`: a writer that does
    ///   not get it skips, so no writer ever waits for a fold. The fold only takes deltas that
    ///   are visible and committed (or its own); deltas of transactions still running stay for the
    ///   next fold, which keeps the sum exact for every snapshot.
    /// - Who folds: the writer whose statement moves the fold clock past a multiple of
    ///   ``foldEveryTicks`` (a sequence advanced by one per ``foldTick`` deltas written, so
    ///   non-transactional and never contended), folding in its own transaction. This needs no
    ///   job outside the database, folds for writers that are not this server (a `psql` import),
    ///   and bounds the deltas by the volume written, not by time: writes fold about every 5,000
    ///   deltas (a one-row insert of a name writes about 55, so every hundred or so), so the table
    ///   of deltas stays a few thousand rows and a count reads at most one delta per write since
    ///   the last fold. The cost is one writer in
    ///   so many paying for a fold (20–30 ms for 5,000 deltas at a million rows); a writer in
    ///   `REPEATABLE READ` or `SERIALIZABLE` does not fold, since deleting deltas a concurrent
    ///   fold deleted would fail its transaction. ``SQLConnection/foldSearchCounts(_:)`` folds on
    ///   demand.
    /// - A statement of at least ``directWriteRows`` rows (a bulk load, a mass update) whose
    ///   transaction takes the fold's lock adds its changes to the folded counts itself instead
    ///   of appending deltas that a fold would move right after: it holds the one lock that
    ///   writes there, so it waits for no one and no one waits for it (other writers append).
    ///   Measured at a million rows, this saved writing and deleting about 9,000 deltas a
    ///   statement of 500 names. Smaller statements append: a one-row write that held the lock
    ///   would update the most common counts (the empty piece's in every write) in place. The
    ///   lock is held until that transaction ends, so while a long bulk load runs the others'
    ///   deltas wait for the next fold after it, growing with what they write meanwhile.
    /// - `TRUNCATE` of the table empties the counts.
    /// - The functions run without JIT: their statements are estimated costly enough for the
    ///   server to compile them (tens of milliseconds) for a few hundred rows. The trigger's
    ///   grouping runs without sorts: the planner expects a few thousand pieces where a statement
    ///   of 500 names has 26,000, and sorted them (a third slower than hashing, measured).
    /// - The folded counts leave half of each page free (`fillfactor = 50`), so that a fold's
    ///   update of a count stays on its page and writes no index entry (HOT): a fold of 8,600
    ///   deltas took 65 ms instead of 165.
    /// Rows whose scope has a NULL are not counted (no query can name that scope). The counted
    /// condition and the folded column are both evaluated by the server on the row as written,
    /// the same condition ``filterCondition(_:)`` puts in a search.
    ///
    /// What it costs, measured at a million rows of one name each (about 55 pieces a row; PostgreSQL
    /// 15, `clientela-bench storage`, a 2-core machine shared with other work): a bulk load in
    /// statements of 500 rows, 10,000 rows a transaction, fell from 23,600 to 3,480 rows a second
    /// (1,900 before bulk statements wrote straight into the folded counts): about 0.25 ms more a
    /// row, computing and grouping the pieces and updating the counts. A one-row insert in its
    /// own transaction took 0.7–0.9 ms at the median instead of 0.4, 1.2–1.8 ms on average and
    /// 21–29 ms at the 99th percentile (the writes that fold). The folded counts of a million
    /// names are 55,000 rows (46 MB with their free space). A table whose rows carry more text
    /// (Clients: name, email, phone, tax id) writes proportionally more.
    ///
    /// Creating the counts takes the table's share row exclusive lock (the trigger), so writes
    /// wait until the migration's transaction commits and the backfill sees every row.
    func createPostgresCounts() -> SQL {
        guard let counts else { preconditionFailure("search index \(name) has no counts declared") }
        let table = table.name, text = foldedColumn.name, key = key.name
        let pieces = piecesTable.name, deltas = deltasTable.name, clock = foldClock.name
        let scope = counts.scope.map(\.name)
        let scopeList = scope.map { $0 + ", " }.joined()
        let condition = counts.rowCondition.map { " WHERE " + $0 } ?? ""
        let lockKey = "(x'636c' :: bigint << 32) | '\(deltas)'::regclass::oid::bigint"
        // The changes of one statement, one row per scope value and piece: (scope…, piece, n).
        let inserted = """
            SELECT \(scopeList)clientela_piece, count(*) FROM (
                SELECT DISTINCT \(key), \(scopeList)clientela_piece FROM clientela_new, clientela_pieces(\(text)) AS clientela_piece\(condition)
              ) AS clientela_found GROUP BY \(scopeList)clientela_piece
            """
        let deleted = """
            SELECT \(scopeList)clientela_piece, -count(*) FROM (
                SELECT DISTINCT \(key), \(scopeList)clientela_piece FROM clientela_old, clientela_pieces(\(text)) AS clientela_piece\(condition)
              ) AS clientela_found GROUP BY \(scopeList)clientela_piece
            """
        let updated = """
            SELECT \(scopeList)clientela_piece, sum(clientela_sign) FROM (
                SELECT DISTINCT \(key), clientela_sign, \(scopeList)clientela_piece FROM (
                  (SELECT \(key), \(scopeList)\(text), 1 AS clientela_sign FROM clientela_new\(condition)
                   EXCEPT ALL SELECT \(key), \(scopeList)\(text), 1 FROM clientela_old\(condition))
                  UNION ALL
                  (SELECT \(key), \(scopeList)\(text), -1 FROM clientela_old\(condition)
                   EXCEPT ALL SELECT \(key), \(scopeList)\(text), -1 FROM clientela_new\(condition))
                ) AS clientela_changed, clientela_pieces(\(text)) AS clientela_piece
              ) AS clientela_found GROUP BY \(scopeList)clientela_piece HAVING sum(clientela_sign) <> 0
            """
        // The same changes added to the folded counts, keeping where counts fell to zero.
        func upsert(_ changes: String) -> String {
            """
            WITH clientela_upserted AS (
                    INSERT INTO \(pieces) AS p (\(scopeList)piece, n) \(changes)
                    ON CONFLICT (\(scopeList)piece) DO UPDATE SET n = p.n + excluded.n RETURNING p.ctid, p.n)
                  SELECT array_agg(ctid) FROM clientela_upserted WHERE n = 0 INTO clientela_zeros;
            """
        }
        return SQL(generated: """
            CREATE OR REPLACE FUNCTION clientela_pieces(text) RETURNS SETOF text
              LANGUAGE sql IMMUTABLE PARALLEL SAFE
              AS $$ SELECT '' UNION ALL SELECT substr($1, i, w) FROM generate_series(3, 5) AS w, generate_series(1, length($1) - w + 1) AS i
                    WHERE strpos(substr($1, i, w), chr(10)) = 0 $$;
            CREATE TABLE \(pieces) WITH (fillfactor = 50) AS SELECT \(scopeList)'' :: text COLLATE "C" AS piece, 0 :: bigint AS n FROM \(table) WITH NO DATA;
            ALTER TABLE \(pieces) ADD PRIMARY KEY (\(scopeList)piece);
            CREATE TABLE \(deltas) AS SELECT \(scopeList)'' :: text COLLATE "C" AS piece, 0 :: bigint AS n FROM \(table) WITH NO DATA;
            CREATE INDEX \(deltas)_piece ON \(deltas) (\(scopeList)piece);
            CREATE SEQUENCE \(clock);
            CREATE FUNCTION \(foldFunction.name)() RETURNS bigint LANGUAGE plpgsql SET jit = off AS $$
            DECLARE clientela_count bigint; clientela_zeros tid[];
            BEGIN
              IF current_setting('transaction_isolation') <> 'read committed' OR NOT pg_try_advisory_xact_lock(\(lockKey)) THEN
                RETURN NULL;
              END IF;
              WITH clientela_moved AS (DELETE FROM \(deltas) RETURNING \(scopeList)piece, n),
                   clientela_summed AS (SELECT \(scopeList)piece, sum(n) AS n, count(*) AS deltas FROM clientela_moved GROUP BY \(scopeList)piece),
                   clientela_upserted AS (
                     INSERT INTO \(pieces) AS p (\(scopeList)piece, n) SELECT \(scopeList)piece, n FROM clientela_summed WHERE n <> 0
                     ON CONFLICT (\(scopeList)piece) DO UPDATE SET n = p.n + excluded.n RETURNING p.ctid, p.n)
              SELECT (SELECT coalesce(sum(deltas), 0) FROM clientela_summed), (SELECT array_agg(ctid) FROM clientela_upserted WHERE n = 0)
                INTO clientela_count, clientela_zeros;
              IF clientela_zeros IS NOT NULL THEN
                DELETE FROM \(pieces) WHERE ctid = ANY (clientela_zeros);
              END IF;
              RETURN clientela_count;
            END $$;
            CREATE FUNCTION \(countFunction.name)() RETURNS trigger LANGUAGE plpgsql SET jit = off SET enable_sort = off AS $$
            DECLARE clientela_rows bigint; clientela_written bigint; clientela_zeros tid[];
            BEGIN
              IF TG_OP = 'DELETE' THEN
                SELECT count(*) INTO clientela_rows FROM clientela_old;
              ELSE
                SELECT count(*) INTO clientela_rows FROM clientela_new;
              END IF;
              IF clientela_rows >= \(Self.directWriteRows) AND current_setting('transaction_isolation') = 'read committed'
                 AND pg_try_advisory_xact_lock(\(lockKey)) THEN
                IF TG_OP = 'INSERT' THEN
                  \(upsert(inserted))
                ELSIF TG_OP = 'DELETE' THEN
                  \(upsert(deleted))
                ELSE
                  \(upsert(updated))
                END IF;
                IF clientela_zeros IS NOT NULL THEN
                  DELETE FROM \(pieces) WHERE ctid = ANY (clientela_zeros);
                END IF;
                RETURN NULL;
              END IF;
              IF TG_OP = 'INSERT' THEN
                INSERT INTO \(deltas) (\(scopeList)piece, n) \(inserted);
              ELSIF TG_OP = 'DELETE' THEN
                INSERT INTO \(deltas) (\(scopeList)piece, n) \(deleted);
              ELSE
                INSERT INTO \(deltas) (\(scopeList)piece, n) \(updated);
              END IF;
              GET DIAGNOSTICS clientela_written = ROW_COUNT;
              IF clientela_written > 0 AND (SELECT bool_or(nextval('\(clock)') % \(Self.foldEveryTicks) = 0)
                                            FROM generate_series(1, (clientela_written + \(Self.foldTick - 1)) / \(Self.foldTick))) THEN
                PERFORM \(foldFunction.name)();
              END IF;
              RETURN NULL;
            END $$;
            CREATE FUNCTION \(name.name)_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              DELETE FROM \(pieces);
              DELETE FROM \(deltas);
              RETURN NULL;
            END $$;
            CREATE TRIGGER \(countFunction.name)_insert AFTER INSERT ON \(table)
              REFERENCING NEW TABLE AS clientela_new FOR EACH STATEMENT EXECUTE FUNCTION \(countFunction.name)();
            CREATE TRIGGER \(countFunction.name)_update AFTER UPDATE ON \(table)
              REFERENCING OLD TABLE AS clientela_old NEW TABLE AS clientela_new FOR EACH STATEMENT EXECUTE FUNCTION \(countFunction.name)();
            CREATE TRIGGER \(countFunction.name)_delete AFTER DELETE ON \(table)
              REFERENCING OLD TABLE AS clientela_old FOR EACH STATEMENT EXECUTE FUNCTION \(countFunction.name)();
            CREATE TRIGGER \(name.name)_truncate AFTER TRUNCATE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION \(name.name)_truncate();
            INSERT INTO \(pieces) (\(scopeList)piece, n)
              SELECT \(scopeList)clientela_piece, count(*) FROM (
                SELECT DISTINCT \(key), \(scopeList)clientela_piece FROM \(table), clientela_pieces(\(text)) AS clientela_piece\(condition)
              ) AS clientela_found GROUP BY \(scopeList)clientela_piece;
            ANALYZE \(pieces);
            """)
    }

    /// Removes what ``createPostgresCounts()`` made (the functions take their triggers along).
    func dropPostgresCounts() -> SQL {
        SQL(generated: """
            DROP FUNCTION IF EXISTS \(countFunction.name)() CASCADE;
            DROP FUNCTION IF EXISTS \(name.name)_truncate() CASCADE;
            DROP FUNCTION IF EXISTS \(foldFunction.name)();
            DROP SEQUENCE IF EXISTS \(foldClock.name);
            DROP TABLE IF EXISTS \(piecesTable.name);
            DROP TABLE IF EXISTS \(deltasTable.name);
            """)
    }

    /// The counts a search needs, in one statement: the text as the server folds it (its length,
    /// and whether it holds a newline, decide whether it is a piece), the number of counted rows
    /// of the scope that contain it, the number of counted rows of the scope, and whether the
    /// index holds order buckets (``postgresBucketedIndexCheck``).
    ///
    /// Each number is the folded count plus the deltas visible to the statement; the deltas of a
    /// piece are at most one per write since the last fold.
    func postgresCountsStatement(text: String, scope values: [SQLValue]) -> SQL {
        guard let counts else { preconditionFailure("search index \(name) has no counts declared") }
        let scope = scopeEquality(values)
        func total(of piece: String) -> SQL {
            var sql = SQL(generated: "(SELECT coalesce(sum(n), 0) :: bigint FROM (SELECT n FROM \(piecesTable.name) WHERE ")
            sql.append(scope)
            sql.appendGenerated("piece = \(piece) UNION ALL SELECT n FROM \(deltasTable.name) WHERE ")
            sql.append(scope)
            sql.appendGenerated("piece = \(piece)) AS clientela_counts)")
            return sql
        }
        var sql = SQL(generated: "SELECT length(clientela_text.piece) AS length, strpos(clientela_text.piece, chr(10)) > 0 AS broken, ")
        sql.append(total(of: "clientela_text.piece"))
        sql.appendGenerated(" AS matches, ")
        sql.append(total(of: "''"))
        sql.appendGenerated(" AS rows, \(counts.orderBuckets == nil ? "false" : postgresBucketedIndexCheck) AS bucketed FROM (SELECT clientela_fold(")
        sql.appendBinding(.text(text))
        sql.appendGenerated(") AS piece) AS clientela_text")
        return sql
    }
}
