package import Foundation
package import Tenancy

/// The filters of `events(filter: …)`; every one that is set must hold.
package struct EventFilter: Sendable, Hashable {
    /// Any of these statuses; empty means every status.
    package var statuses: [EventStatus] = []
    package var client: ClientID?
    /// Starting at or after this time (an unscheduled event never matches a period).
    package var startsFrom: Date?
    /// Starting before this time.
    package var startsTo: Date?

    package init() {}
}
