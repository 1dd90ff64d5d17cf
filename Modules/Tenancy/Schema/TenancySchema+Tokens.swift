import GraphQL
import Storage

/// `createApiToken`, `revokeApiToken`.
///
/// A token is always created for the caller itself: nobody mints a credential that acts as
/// someone else through the API (the operator's `clientela token create` does that, from the
/// machine). Revoking is for the token's owner and SUPER_ADMIN, who are also the only ones who
/// can read a token (access.md); others cut a user off by deactivating it.
extension TenancySchema {
    static func registerTokens(in module: inout SchemaModule) {
        module.resolve("Mutation", "createApiToken", .async { _, arguments, context in
            let access = try context.access()
            let input = input(arguments)
            let name = try InputRules.text(try input.required("name"), field: "name", maximum: 100)
            let now = access.now()
            let expiresAt = try input.string("expiresAt").map { text throws(ResolverError) in
                guard let date = Timestamp.parse(text) else { throw .badUserInput("expiresAt is not a date-time.", field: "expiresAt") }
                guard date > now else { throw .badUserInput("expiresAt must be in the future.", field: "expiresAt") }
                return date
            }
            let caller = access.caller
            let created = try await write(access) { connection in
                try TokenIssuer.issue(for: caller, name: name, expiresAt: expiresAt, now: now, connection: connection)
            }
            return .object(created)
        })
        module.resolve("Mutation", "revokeApiToken", .async { _, arguments, context in
            let access = try context.access()
            let id = arguments.string("id").flatMap(ApiTokenID.init(parsing:))
            let now = access.now()
            let revoked = try await write(access) { connection in
                let tokens = ApiTokenRepository(connection)
                guard let id, let token = try tokens.token(id, in: access.scope) else { throw ResolverError.notFound("API token") }
                try OperationPolicy.authorize(.revokeToken, caller: access.caller, scope: access.scope, record: token, kind: "API token")
                guard try tokens.revoke(id, at: now, in: access.scope), let revoked = try tokens.token(id, in: access.scope) else {
                    throw ResolverError.notFound("API token")
                }
                return revoked
            }
            return .object(revoked)
        })
    }
}

