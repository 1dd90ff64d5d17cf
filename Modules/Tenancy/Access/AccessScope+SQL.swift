package import Storage

/// The scope as SQL conditions, so that repositories filter in the statement itself and never
/// read a row the caller may not see.
///
/// Columns are given as SQL fragments written in code (`"organization_id"`, `"u.reseller_id"`),
/// never as input.
extension AccessScope {
    /// The condition on an organization column alone, for tables whose rows a confinement does
    /// not narrow (the organizations table itself).
    package func organizationCondition(_ column: SQL) -> SQL {
        switch organizations {
        case .all: "1 = 1"
        case .only(let organization): "\(column) = \(organization)"
        }
    }

    /// The condition on a tenant table: its organization column, and under a confinement its
    /// reseller or client column. Every tenant table has both notions (a client is its own
    /// client; an interaction names its client; a user names its bound reseller or client).
    package func recordCondition(organization: SQL, reseller: SQL, client: SQL) -> SQL {
        let organizationPart = organizationCondition(organization)
        switch confinement {
        case .none: return organizationPart
        case .reseller(let id): return "\(organizationPart) AND \(reseller) = \(id)"
        case .client(let id): return "\(organizationPart) AND \(client) = \(id)"
        }
    }

    /// The condition that hides soft-deleted rows unless the scope includes them.
    package func deletedCondition(_ column: SQL) -> SQL {
        includeDeleted ? "1 = 1" : "\(column) IS NULL"
    }
}
