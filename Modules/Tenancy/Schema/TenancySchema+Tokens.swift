import GraphQL

/// `createApiToken`, `revokeApiToken`: registered once the Crypto target is merged.
extension TenancySchema {
    static func registerTokens(in module: inout SchemaModule) {}
}
