/// Where a client stands in its lifecycle; ``Lifecycle`` says which moves between them are allowed.
package enum ClientStatus: String, Sendable, Hashable, CaseIterable {
    case prospect = "PROSPECT"
    case pending = "PENDING"
    case active = "ACTIVE"
    case suspended = "SUSPENDED"
    case completed = "COMPLETED"
    case inactive = "INACTIVE"

    /// The status of a new client when neither the input nor the organization names one
    /// (the organization's `defaultClientStatus` setting defaults to it as well).
    package static let `default` = ClientStatus.prospect
}
