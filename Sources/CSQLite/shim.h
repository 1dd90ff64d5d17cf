// The system's SQLite (libsqlite3-dev). Only Sources/Storage/SQLite imports this module.
#ifndef CLIENTELA_CSQLITE_SHIM_H
#define CLIENTELA_CSQLITE_SHIM_H

#include <sqlite3.h>

/// `SQLITE_TRANSIENT` is a macro casting -1 to a function pointer, which Swift cannot import;
/// this returns the same value so bindings can ask SQLite to copy their bytes.
static inline sqlite3_destructor_type clientela_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

/// Extended result codes are macros built with `|` and `<<`, which Swift does not import.
enum {
    clientela_sqlite_constraint_check = SQLITE_CONSTRAINT_CHECK,
    clientela_sqlite_constraint_foreignkey = SQLITE_CONSTRAINT_FOREIGNKEY,
    clientela_sqlite_constraint_notnull = SQLITE_CONSTRAINT_NOTNULL,
    clientela_sqlite_constraint_primarykey = SQLITE_CONSTRAINT_PRIMARYKEY,
    clientela_sqlite_constraint_unique = SQLITE_CONSTRAINT_UNIQUE,
};

#endif
