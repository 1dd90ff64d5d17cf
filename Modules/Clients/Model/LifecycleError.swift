package import Tenancy
package import GraphQL

/// A status change the lifecycle table does not allow.
///
/// The GraphQL layer reports it with ``code`` (STATUS_TRANSITION_DENIED), ``message`` and
/// ``extensions`` (`from`, `to`, `allowed`: GraphQL enum names), so a client can offer the moves
/// that would work.
package struct LifecycleError: Error, Sendable, Hashable, CustomStringConvertible {
    package let from: ClientStatus
    package let to: ClientStatus
    /// The statuses `from` may move to, in the table's order; never empty.
    package let allowed: [ClientStatus]

    package var code: ErrorCode { ClientErrorCodes.statusTransitionDenied }

    package var message: String {
        let targets = allowed.map(\.rawValue).joined(separator: ", ")
        if from == to {
            return "The client is already \(from.rawValue); from \(from.rawValue) it may move to \(targets)"
        }
        return "A client cannot move from \(from.rawValue) to \(to.rawValue); from \(from.rawValue) it may move to \(targets)"
    }

    package var extensions: [String: Value] {
        [
            "from": .string(from.rawValue),
            "to": .string(to.rawValue),
            "allowed": .list(allowed.map { .string($0.rawValue) }),
        ]
    }

    package var description: String { "\(code): \(message)" }
}
