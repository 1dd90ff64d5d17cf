extension SearchIndex {
    /// Trigram `MATCH` on the FTS5 table for 3 characters or more (a phrase of the folded text),
    /// `instr` over the folded text for shorter text, which trigrams cannot index.
    ///
    /// With ``keyIsRowID`` the FTS5 rowids are the keys themselves, so a match costs one lookup
    /// of the row by rowid. Otherwise the FTS rows are joined to their keys in one subquery
    /// (nesting `docid IN (SELECT rowid …)` instead made SQLite build an extra temporary index,
    /// about twice as slow), and a match costs three lookups: the folded copy, the key's index
    /// and the row.
    func sqliteCondition(folded: String, owner: String) -> SQL {
        let phrase = sqlitePhrase(folded)
        let indexable = folded.unicodeScalars.count >= 3
        if keyIsRowID {
            if indexable {
                var sql = SQL(generated: "\(owner).\(key.name) IN (SELECT rowid FROM \(name.name) WHERE \(name.name) MATCH ")
                sql.appendBinding(.text(phrase))
                sql.appendGenerated(")")
                return sql
            }
            var sql = SQL(generated: "instr(clientela_fold(\(concatenatedColumns(owner: owner, newline: "char(10)"))), ")
            sql.appendBinding(.text(folded))
            sql.appendGenerated(") > 0")
            return sql
        }
        var sql = SQL(generated: "\(owner).\(key.name) IN (SELECT d.item_key FROM ")
        if indexable {
            sql.appendGenerated("\(name.name) AS f JOIN \(docs.name) AS d ON d.docid = f.rowid WHERE f.\(name.name) MATCH ")
            sql.appendBinding(.text(phrase))
            sql.appendGenerated(")")
        } else {
            sql.appendGenerated("\(docs.name) AS d WHERE instr(d.body, ")
            sql.appendBinding(.text(folded))
            sql.appendGenerated(") > 0)")
        }
        return sql
    }

    /// The table of folded text the FTS5 index reads as its external content.
    var docs: SQLIdentifier { name.suffixed("_docs") }

    /// Creates the FTS5 trigram index and the triggers that keep it in step with the table, and
    /// fills it from the rows already there.
    ///
    /// FTS5 rows need a stable integer id. With ``keyIsRowID`` the table's own key is one, so the
    /// index is contentless (`content=''`): it holds only the trigrams of the folded text under
    /// the row's rowid, and a match reaches its row with one lookup (at a million rows, about
    /// 4× faster per match than the shape below). The triggers hand it the folded text to index
    /// and, to delete, the same text again, recomputed from the old row: `clientela_fold` is
    /// deterministic, which is what makes this safe (and why changing ``TextFolding`` needs the
    /// index rebuilt). `columnsize=0` drops the per-row token counts, used only for ranking.
    /// The positions stay (`detail=full`): a fragment of 4 or more characters is a phrase of
    /// overlapping trigrams, and only positions make that phrase exact.
    ///
    /// A table keyed otherwise (UUID text) has no stable integer id (its rowid may change on
    /// `VACUUM`), so the folded copy goes in `<name>_docs` with its own integer `docid`, and the
    /// FTS5 table reads it as external content.
    func createSQLite() -> SQL {
        if keyIsRowID { return createContentlessSQLite() }
        let name = name.name, docs = docs.name, table = table.name, key = key.name
        let foldNew = "clientela_fold(\(concatenatedColumns(owner: "new", newline: "char(10)")))"
        let foldRow = "clientela_fold(\(concatenatedColumns(owner: nil, newline: "char(10)")))"
        let watched = ([key] + columns.map(\.name)).joined(separator: ", ")
        return SQL(generated: """
            CREATE TABLE \(docs) (docid INTEGER PRIMARY KEY, item_key NOT NULL UNIQUE, body TEXT NOT NULL);
            CREATE VIRTUAL TABLE \(name) USING fts5(body, content='\(docs)', content_rowid='docid', tokenize='trigram');
            CREATE TRIGGER \(docs)_insert AFTER INSERT ON \(docs) BEGIN
              INSERT INTO \(name) (rowid, body) VALUES (new.docid, new.body);
            END;
            CREATE TRIGGER \(docs)_delete AFTER DELETE ON \(docs) BEGIN
              INSERT INTO \(name) (\(name), rowid, body) VALUES ('delete', old.docid, old.body);
            END;
            CREATE TRIGGER \(docs)_update AFTER UPDATE ON \(docs) BEGIN
              INSERT INTO \(name) (\(name), rowid, body) VALUES ('delete', old.docid, old.body);
              INSERT INTO \(name) (rowid, body) VALUES (new.docid, new.body);
            END;
            CREATE TRIGGER \(name)_insert AFTER INSERT ON \(table) BEGIN
              INSERT INTO \(docs) (item_key, body) VALUES (new.\(key), \(foldNew));
            END;
            CREATE TRIGGER \(name)_update AFTER UPDATE OF \(watched) ON \(table) BEGIN
              UPDATE \(docs) SET item_key = new.\(key), body = \(foldNew) WHERE item_key = old.\(key);
            END;
            CREATE TRIGGER \(name)_delete AFTER DELETE ON \(table) BEGIN
              DELETE FROM \(docs) WHERE item_key = old.\(key);
            END;
            INSERT INTO \(docs) (item_key, body) SELECT \(key), \(foldRow) FROM \(table);
            """)
    }

    /// The contentless shape of ``createSQLite()``, for a table whose key is its rowid.
    private func createContentlessSQLite() -> SQL {
        let name = name.name, table = table.name, key = key.name
        let foldNew = "clientela_fold(\(concatenatedColumns(owner: "new", newline: "char(10)")))"
        let foldOld = "clientela_fold(\(concatenatedColumns(owner: "old", newline: "char(10)")))"
        let foldRow = "clientela_fold(\(concatenatedColumns(owner: nil, newline: "char(10)")))"
        var watched = [key] + columns.map(\.name)
        // With buckets, each row's bucket goes in a second column (see ``sqliteBuckets``).
        var ftsColumns = "body", newValues = foldNew, oldValues = foldOld, rowValues = foldRow
        if let buckets = sqliteBuckets {
            if !watched.contains(buckets.column.name) { watched.append(buckets.column.name) }
            ftsColumns += ", bucket"
            newValues += ", " + sqliteBucketText(buckets, owner: "new")
            oldValues += ", " + sqliteBucketText(buckets, owner: "old")
            rowValues += ", " + sqliteBucketText(buckets, owner: nil)
        }
        return SQL(generated: """
            CREATE VIRTUAL TABLE \(name) USING fts5(\(ftsColumns), content='', columnsize=0, tokenize='trigram');
            CREATE TRIGGER \(name)_insert AFTER INSERT ON \(table) BEGIN
              INSERT INTO \(name) (rowid, \(ftsColumns)) VALUES (new.\(key), \(newValues));
            END;
            CREATE TRIGGER \(name)_update AFTER UPDATE OF \(watched.joined(separator: ", ")) ON \(table) BEGIN
              INSERT INTO \(name) (\(name), rowid, \(ftsColumns)) VALUES ('delete', old.\(key), \(oldValues));
              INSERT INTO \(name) (rowid, \(ftsColumns)) VALUES (new.\(key), \(newValues));
            END;
            CREATE TRIGGER \(name)_delete AFTER DELETE ON \(table) BEGIN
              INSERT INTO \(name) (\(name), rowid, \(ftsColumns)) VALUES ('delete', old.\(key), \(oldValues));
            END;
            INSERT INTO \(name) (rowid, \(ftsColumns)) SELECT \(key), \(rowValues) FROM \(table);
            """)
    }

    /// The check that ``keyIsRowID`` is true of the table: a row when `key` is its
    /// `INTEGER PRIMARY KEY`.
    func sqliteRowIDKeyCheck() -> SQL {
        let table = table.name, key = key.name
        return SQL(generated: """
            SELECT 1 FROM pragma_table_info('\(table)') WHERE name = '\(key)' AND pk = 1 AND upper(type) = 'INTEGER'
              AND (SELECT count(*) FROM pragma_table_info('\(table)') WHERE pk > 0) = 1
            """)
    }

    func dropSQLite() -> SQL {
        let name = name.name, docs = docs.name
        return SQL(generated: """
            DROP TRIGGER IF EXISTS \(name)_insert;
            DROP TRIGGER IF EXISTS \(name)_update;
            DROP TRIGGER IF EXISTS \(name)_delete;
            DROP TABLE IF EXISTS \(name);
            DROP TABLE IF EXISTS \(docs);
            """)
    }
}

extension String {
    /// The string with every occurrence of `target` replaced (Foundation-free).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
