package import Foundation
package import GraphQL
package import Storage

/// The request context of every authenticated request: who calls, what it may see, and where the
/// data is. Every module's resolvers cast `ResolveContext.request` to it (see
/// ``GraphQL/ResolveContext/access()``).
///
/// The database rides in the context rather than in each module's closure so that the schema
/// is built once, without storage (`clientela schema print` needs none), and a test can run the
/// same schema against SQLite and PostgreSQL.
package struct AccessContext: RequestContext {
    package let caller: Caller
    package let scope: AccessScope
    /// The id the gateway gave the request, for logs and internal errors.
    package let requestId: String
    package let database: any SQLDatabase
    /// The clock of the request, so tests can move time (token expiry).
    package let now: @Sendable () -> Date

    package init(
        caller: Caller, requestId: String, database: any SQLDatabase, includeDeleted: Bool = false,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.caller = caller
        self.scope = AccessScope(caller, includeDeleted: includeDeleted)
        self.requestId = requestId
        self.database = database
        self.now = now
    }

    /// The scope with deleted rows included when `requested` and the caller is a SUPER_ADMIN,
    /// for a list whose filter asks for them (`includeDeleted: true`); everyone else gets the
    /// usual scope, so asking changes nothing for them.
    package func scope(includeDeleted requested: Bool) -> AccessScope {
        AccessScope(caller, includeDeleted: requested)
    }

    /// Whether any value of the field's `@allow` list grants the caller the field of `source`.
    /// Unknown values (a typo in SDL) grant nothing: a mistake must close a field, not open it.
    package func mayRead(_ permission: FieldPermission, source: any Sendable) -> Bool {
        let record = source as? any TenantRecord
        return permission.roles.contains { name in
            Access(rawValue: name)?.grants(caller, record: record) ?? false
        }
    }
}
