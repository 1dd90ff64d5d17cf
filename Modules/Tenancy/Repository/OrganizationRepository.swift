package import Storage

/// Organizations in storage, always seen through an ``AccessScope``.
///
/// A repository is a value over one connection, made inside ``SQLDatabase/read(_:)`` or
/// ``SQLDatabase/write(_:)``, so that a mutation composes several repositories in one
/// transaction: `try await database.write { try OrganizationRepository($0).update(…) }`.
package struct OrganizationRepository {
    package let connection: any SQLConnection

    package init(_ connection: any SQLConnection) {
        self.connection = connection
    }

    /// The organization with this id, or nil when it does not exist or lies outside `scope`.
    package func organization(_ id: OrganizationID, in scope: AccessScope) throws -> Organization? {
        try connection.firstRow("""
            SELECT \(Self.columns) FROM organizations WHERE id = \(id) AND \(scope.organizationCondition("id"))
            """).map(Self.decode)
    }

    /// The organizations of these ids that `scope` reaches, by id: one statement for a batch.
    package func organizations(_ ids: some Collection<OrganizationID>, in scope: AccessScope) throws -> [OrganizationID: Organization] {
        guard !ids.isEmpty else { return [:] }
        let found = try connection.rows("""
            SELECT \(Self.columns) FROM organizations WHERE id IN \(list: Set(ids)) AND \(scope.organizationCondition("id"))
            """, as: Self.decode)
        return Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every organization `scope` reaches, by name.
    package func organizations(in scope: AccessScope) throws -> [Organization] {
        try connection.rows("""
            SELECT \(Self.columns) FROM organizations WHERE \(scope.organizationCondition("id")) ORDER BY name, id
            """, as: Self.decode)
    }

    /// The organization with this slug in `scope`, for the command line (`--org SLUG`).
    package func organization(slug: String, in scope: AccessScope) throws -> Organization? {
        try connection.firstRow("""
            SELECT \(Self.columns) FROM organizations WHERE slug = \(slug) AND \(scope.organizationCondition("id"))
            """).map(Self.decode)
    }

    /// Stores a new organization. Creating reads no tenant row, so it takes no scope; the
    /// ``OperationPolicy`` decides who may call it.
    ///
    /// - Throws: ``TenancyError/slugTaken`` when the slug is in use; ``StorageError`` otherwise.
    package func create(_ organization: Organization) throws {
        try translatingViolations {
            let settings = organization.settings
            try connection.execute("""
                INSERT INTO organizations (id, name, slug, country, currency, default_client_status, refid_prefix,
                  premium_min_purchases, regular_min_purchases, engagement_window_days, inactivity_alert_days, created_at)
                VALUES (\(organization.id), \(organization.name), \(organization.slug), \(organization.country),
                  \(organization.currency), \(settings.defaultClientStatus), \(settings.refidPrefix),
                  \(settings.premiumMinPurchases), \(settings.regularMinPurchases), \(settings.engagementWindowDays),
                  \(settings.inactivityAlertDays), \(organization.createdAt))
                """)
        }
    }

    /// Writes every changeable column of an organization that `scope` reaches.
    ///
    /// - Returns: false when no such organization is in scope (nothing changed).
    /// - Throws: ``TenancyError/slugTaken``; ``StorageError`` otherwise.
    package func update(_ organization: Organization, in scope: AccessScope) throws -> Bool {
        try translatingViolations {
            let settings = organization.settings
            return try connection.execute("""
                UPDATE organizations SET name = \(organization.name), slug = \(organization.slug),
                  country = \(organization.country), currency = \(organization.currency),
                  default_client_status = \(settings.defaultClientStatus), refid_prefix = \(settings.refidPrefix),
                  premium_min_purchases = \(settings.premiumMinPurchases), regular_min_purchases = \(settings.regularMinPurchases),
                  engagement_window_days = \(settings.engagementWindowDays), inactivity_alert_days = \(settings.inactivityAlertDays)
                WHERE id = \(organization.id) AND \(scope.organizationCondition("id"))
                """) == 1
        }
    }

    @discardableResult
    private func translatingViolations<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as StorageError where error.isUniqueViolation("organizations_slug_unique") {
            throw TenancyError.slugTaken
        }
    }

    private static let columns: SQL = """
        id, name, slug, country, currency, default_client_status, refid_prefix, premium_min_purchases,
        regular_min_purchases, engagement_window_days, inactivity_alert_days, created_at
        """

    private static func decode(_ row: Row) throws -> Organization {
        var settings = OrganizationSettings()
        settings.defaultClientStatus = try row.decode("default_client_status")
        settings.refidPrefix = try row.decode("refid_prefix")
        settings.premiumMinPurchases = try row.decode("premium_min_purchases")
        settings.regularMinPurchases = try row.decode("regular_min_purchases")
        settings.engagementWindowDays = try row.decode("engagement_window_days")
        settings.inactivityAlertDays = try row.decode("inactivity_alert_days")
        return Organization(
            id: try row.decode("id"), name: try row.decode("name"), slug: try row.decode("slug"),
            country: try row.decode("country"), currency: try row.decode("currency"), settings: settings,
            createdAt: try row.decode("created_at"))
    }
}
