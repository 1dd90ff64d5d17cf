/// What the Clients module needs from the other modules, wired by the gateway (fakes in tests).
package struct ClientsPorts: Sendable {
    /// The sources of `Client._count`'s other-module kinds.
    package var counts: [any ClientCountSource]
    /// Whether a reseller may hold clients.
    package var resellers: any ResellerDirectory
    /// The modules that erase their records of a purged client.
    package var purgeParticipants: [any ClientPurgeParticipant]

    package init(
        counts: [any ClientCountSource] = [], resellers: any ResellerDirectory,
        purgeParticipants: [any ClientPurgeParticipant] = []
    ) {
        self.counts = counts
        self.resellers = resellers
        self.purgeParticipants = purgeParticipants
    }
}
