package import Storage
package import Tenancy

/// The port through which other modules erase what they hold of a client when it is purged
/// (interactions, messages, surveys, billing links): the gateway wires each module's adapter into
/// ``ClientRepository/purge(_:by:at:participants:in:)``.
///
/// Each participant runs on the purge's own connection, inside its transaction, before the client
/// row goes: the erasure is all or nothing.
package protocol ClientPurgeParticipant: Sendable {
    func purgeRecords(of client: ClientID, organization: OrganizationID, on connection: any SQLConnection) throws
}
