package import Storage
package import Tenancy

/// The port through which another module counts its records per client for `Client._count`
/// (Interactions its interactions and messages, Satisfaction its surveys, BillingLinks its links
/// and pending invoices). The gateway wires one adapter per module; a kind no source counts is 0.
///
/// A source answers for a whole page of clients at once, so that `_count` costs one statement
/// per kind whatever the page size, and counts only records the scope reaches.
package protocol ClientCountSource: Sendable {
    /// The kinds this source counts.
    var kinds: Set<ClientCountKind> { get }

    /// How many records of `kind` each client has; a client with none may be left out.
    func counts(
        _ kind: ClientCountKind, of clients: [ClientID], in scope: AccessScope, on connection: any SQLConnection
    ) throws -> [ClientID: Int]
}
