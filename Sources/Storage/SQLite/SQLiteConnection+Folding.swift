internal import CSQLite

extension SQLiteConnection {
    /// Registers `clientela_fold(text)`, the SQL face of ``TextFolding/fold(_:)``, which the
    /// triggers of a search index call to keep its folded copy of the text.
    ///
    /// It is deterministic and innocuous, so SQLite may use it in triggers and indexes. A tool
    /// that opens the file without registering it (the `sqlite3` shell) can read everything but
    /// cannot write to a table that has a search index.
    func registerFoldFunction() throws {
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS
        let result = sqlite3_create_function_v2(handle, "clientela_fold", 1, flags, nil, { context, count, arguments in
            guard count == 1, let argument = arguments?[0], sqlite3_value_type(argument) != SQLITE_NULL else {
                sqlite3_result_null(context)
                return
            }
            let bytes = sqlite3_value_text(argument)
            let length = Int(sqlite3_value_bytes(argument))
            let folded = TextFolding.fold(String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self))
            folded.withCString { sqlite3_result_text(context, $0, Int32(folded.utf8.count), clientela_sqlite_transient()) }
        }, nil, nil, nil)
        guard result == SQLITE_OK else {
            throw StorageError(.sqlite(result), "cannot register clientela_fold: \(String(cString: sqlite3_errmsg(handle)))")
        }
    }

    /// Registers `clientela_contains(text, folded)`, true when the fold of `text` contains
    /// `folded` (already folded): the row check of a search that walks the table in order (see
    /// ``FoldedContains``), as `instr(clientela_fold(text), folded) > 0` without building the
    /// folded string. NULL text contains nothing.
    func registerContainsFunction() throws {
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS
        let result = sqlite3_create_function_v2(handle, "clientela_contains", 2, flags, nil, { context, count, arguments in
            guard count == 2, let text = arguments?[0], let needle = arguments?[1],
                  sqlite3_value_type(text) != SQLITE_NULL, sqlite3_value_type(needle) != SQLITE_NULL else {
                sqlite3_result_int(context, 0)
                return
            }
            let textBytes = UnsafeBufferPointer(start: sqlite3_value_text(text), count: Int(sqlite3_value_bytes(text)))
            let needleBytes = UnsafeBufferPointer(start: sqlite3_value_text(needle), count: Int(sqlite3_value_bytes(needle)))
            sqlite3_result_int(context, FoldedContains.contains(textBytes, folded: needleBytes) ? 1 : 0)
        }, nil, nil, nil)
        guard result == SQLITE_OK else {
            throw StorageError(.sqlite(result), "cannot register clientela_contains: \(String(cString: sqlite3_errmsg(handle)))")
        }
    }

    /// Registers `clientela_pieces(folded)`, the JSON array of the pieces a search index counts
    /// in folded text (``SearchPieces``), which the triggers of ``SearchIndex/createSQLiteCounts(tableColumns:)``
    /// read with `json_each`. Deterministic and innocuous, like `clientela_fold`. NULL has the
    /// pieces of empty text (the empty piece): a row counts whatever its text.
    func registerPiecesFunction() throws {
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS
        let result = sqlite3_create_function_v2(handle, "clientela_pieces", 1, flags, nil, { context, count, arguments in
            var json: [UInt8] = Array("[\"\"]".utf8)
            if count == 1, let argument = arguments?[0], sqlite3_value_type(argument) != SQLITE_NULL {
                json = SearchPieces.json(of: UnsafeBufferPointer(start: sqlite3_value_text(argument), count: Int(sqlite3_value_bytes(argument))))
            }
            json.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    sqlite3_result_text(context, $0.baseAddress, Int32($0.count), clientela_sqlite_transient())
                }
            }
        }, nil, nil, nil)
        guard result == SQLITE_OK else {
            throw StorageError(.sqlite(result), "cannot register clientela_pieces: \(String(cString: sqlite3_errmsg(handle)))")
        }
    }
}
