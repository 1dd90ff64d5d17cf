import Storage

/// Where a client stands in its lifecycle (domain.md, "Clients").
///
/// Declared in Tenancy because an organization's settings name the status new clients start in;
/// the Clients module uses this type and owns the transitions between its values.
package enum ClientStatus: String, Sendable, Hashable, CaseIterable, SQLValueConvertible {
    case prospect = "PROSPECT"
    case pending = "PENDING"
    case active = "ACTIVE"
    case suspended = "SUSPENDED"
    case completed = "COMPLETED"
    case inactive = "INACTIVE"
}
