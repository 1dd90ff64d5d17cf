/// The answer of `createApiToken`: the token text, shown this once, and its record.
package struct CreatedApiToken: Sendable {
    package let token: String
    package let apiToken: ApiToken

    package init(token: String, apiToken: ApiToken) {
        self.token = token
        self.apiToken = apiToken
    }
}
