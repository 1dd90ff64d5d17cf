// The system's libpq (libpq-dev, headers in /usr/include/postgresql). Only Sources/Storage/Postgres
// imports this module.
#ifndef CLIENTELA_CLIBPQ_SHIM_H
#define CLIENTELA_CLIBPQ_SHIM_H

#include <postgresql/libpq-fe.h>

/// The SQLSTATE of a failed result (`PG_DIAG_SQLSTATE` is a character macro).
static inline const char *clientela_pq_sqlstate(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_SQLSTATE);
}

/// The primary message of a failed result, without libpq's "ERROR:" prefix and trailing newline.
static inline const char *clientela_pq_message(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
}

/// The constraint a failed result names (unique, foreign key, check, exclusion), if any.
static inline const char *clientela_pq_constraint(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_CONSTRAINT_NAME);
}

/// The column a failed result names (not-null violations), if any.
static inline const char *clientela_pq_column(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_COLUMN_NAME);
}

/// The table a failed result names, if any.
static inline const char *clientela_pq_table(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_TABLE_NAME);
}

#endif
