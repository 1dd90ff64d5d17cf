extension SearchIndex {
    /// Trigram `MATCH` on the FTS5 table for 3 characters or more (a phrase of the folded text),
    /// `instr` over the folded copies for shorter text, which trigrams cannot index.
    ///
    /// The FTS rows are joined to their keys in one subquery: nesting `docid IN (SELECT rowid …)`
    /// instead made SQLite build an extra temporary index, about twice as slow.
    func sqliteCondition(folded: String, owner: String) -> SQL {
        var sql = SQL(generated: "\(owner).\(key.name) IN (SELECT d.item_key FROM ")
        if folded.unicodeScalars.count >= 3 {
            sql.appendGenerated("\(name.name) AS f JOIN \(docs.name) AS d ON d.docid = f.rowid WHERE f.\(name.name) MATCH ")
            sql.appendBinding(.text("\"" + folded.replacingAll("\"", with: "\"\"") + "\""))
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

    /// Creates the folded-text table, the FTS5 trigram index over it, the triggers that keep both
    /// in step with the table, and fills them from the rows already there.
    ///
    /// The folded copy has its own integer `docid` because FTS5 rows need a stable integer id and
    /// a table keyed by UUID text has none: its rowid may change on `VACUUM`.
    func createSQLite() -> SQL {
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
