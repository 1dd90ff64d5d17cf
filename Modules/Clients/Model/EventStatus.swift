/// Where an event a client contracted (a wedding, a service visit) stands.
///
/// The domain gives no transition table for events, so any status may follow any other: an
/// agency reopens a cancelled wedding as often as it cancels a confirmed one.
package enum EventStatus: String, Sendable, Hashable, CaseIterable {
    case planned = "PLANNED"
    case confirmed = "CONFIRMED"
    case completed = "COMPLETED"
    case cancelled = "CANCELLED"

    /// The status of an event created without one.
    package static let `default` = EventStatus.planned
}
