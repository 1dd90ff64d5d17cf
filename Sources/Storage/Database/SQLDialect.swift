/// The SQL a backend speaks, for the few places where repositories or migrations must differ.
package enum SQLDialect: String, Sendable, Hashable, CaseIterable {
    case sqlite
    case postgres
}
