/// One page of events with the total of every page.
package struct EventListPage: Sendable {
    package var events: [Event]
    package var total: Int
}
