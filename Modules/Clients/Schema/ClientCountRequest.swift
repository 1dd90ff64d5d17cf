import Tenancy

/// The value behind `Client._count`: only the client's id, since each count is a batch resolver
/// of `ClientCount` that counts the whole page at once, and only for the kinds the query selects.
struct ClientCountRequest: Sendable, Hashable {
    let client: ClientID
}
