/// The kinds of record that other modules keep per client and `Client._count` shows; events are
/// the Clients module's own and are not among them.
package enum ClientCountKind: String, Sendable, Hashable, CaseIterable {
    case interactions, messages, unreadMessages, surveys, billingLinks, pendingInvoices
}
