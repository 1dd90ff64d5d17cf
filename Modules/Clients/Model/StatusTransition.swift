package import Tenancy
/// A status change the lifecycle allowed. Only ``Lifecycle/transition(from:to:)`` makes one, so
/// holding a value is proof that the table was consulted.
package struct StatusTransition: Sendable, Hashable {
    package let from: ClientStatus
    package let to: ClientStatus

    init(from: ClientStatus, to: ClientStatus) {
        self.from = from
        self.to = to
    }
}
