package import Foundation
import GraphQL
import Storage
package import Tenancy

extension ClientRepository {
    /// How many fresh refids a create tries before giving up. 50 random bits make even one
    /// collision unlikely for any realistic number of clients; several in a row mean a broken
    /// random source.
    static let refidAttempts = 8

    /// Stores a new client of `organization` with a freshly generated refid and returns it.
    ///
    /// Under a RESELLER scope the new client becomes the reseller's own, whatever `resellerID`
    /// says (access.md); a scope that does not reach the organization, or a CLIENT scope, cannot
    /// create (``ClientRepositoryError/notFound(_:)``, as for anything outside the scope). The
    /// refid is retried on a collision with a live client or a tombstone (refids are never
    /// reused). The segment starts from zero purchases, placed by the organization's
    /// `thresholds` (an organization whose regular threshold is 0 makes every client REGULAR).
    ///
    /// - Throws: ``ClientRepositoryError`` for a taken email or tax id (naming the holder when
    ///   `scope` reaches it) or an exhausted refid; ``StorageError`` otherwise.
    package func create(
        _ draft: ClientDraft, organization: OrganizationID, refidPrefix: String, resellerID: ResellerID? = nil,
        assignedTo: UserID? = nil, thresholds: SegmentThresholds = .default, createdBy: UserID?, at date: Date, in scope: AccessScope
    ) throws -> Client {
        var generator = SystemRandomNumberGenerator()
        return try create(
            draft, organization: organization, refidPrefix: refidPrefix, resellerID: resellerID, assignedTo: assignedTo,
            thresholds: thresholds, createdBy: createdBy, at: date, in: scope, using: &generator)
    }

    /// ``create(_:organization:refidPrefix:resellerID:assignedTo:thresholds:createdBy:at:in:)``
    /// drawing the refids from `generator`, so that tests can force a collision.
    package func create(
        _ draft: ClientDraft, organization: OrganizationID, refidPrefix: String, resellerID: ResellerID? = nil,
        assignedTo: UserID? = nil, thresholds: SegmentThresholds = .default, createdBy: UserID?, at date: Date, in scope: AccessScope,
        using generator: inout some RandomNumberGenerator
    ) throws -> Client {
        let id = ClientID.generate()
        var owner = resellerID
        switch scope.confinement {
        case .none: break
        case .reseller(let reseller): owner = reseller
        case .client: throw ClientRepositoryError.notFound(id)
        }
        guard scope.contains(organization: organization) else { throw ClientRepositoryError.notFound(id) }
        if let assignedTo { try requireAssignee(assignedTo, organization: organization) }
        for _ in 0..<Self.refidAttempts {
            let refid: RefID
            do {
                refid = try RefID.generate(prefix: refidPrefix, using: &generator)
            } catch {
                throw StorageError(.invalidArgument, "the organization's refid prefix is invalid: \(error)")
            }
            if try connection.firstRow("SELECT refid FROM client_tombstones WHERE refid = \(refid)") != nil { continue }
            let client = Client(
                id: id, organization: organization, refid: refid, draft: draft, segment: .for(completedPurchases: 0, thresholds: thresholds),
                assignedTo: assignedTo, resellerID: owner, createdBy: createdBy, createdAt: date, updatedAt: date)
            do {
                try translatingDuplicates(organization: organization, draft: draft, excluding: id, in: scope) {
                    try connection.execute("""
                        INSERT INTO clients (\(Self.writtenColumns), id, organization_id, refid, segment, created_by, created_at)
                        VALUES (\(Self.writtenValues(client)), \(client.id), \(client.organization), \(client.refid),
                          \(client.segment), \(client.createdBy), \(client.createdAt))
                        """)
                }
                return client
            } catch let error as StorageError where error.isUniqueViolation("clients_refid_unique") {
                continue
            }
        }
        throw ClientRepositoryError.refidExhausted(attempts: Self.refidAttempts)
    }

    /// Checks that a client of `organization` may be assigned to `user`: an active team member
    /// (owner, admin or member) of that organization. Tenancy's users are the base layer every
    /// module reads through its repository; the check sees every user, since the rule is about
    /// the organization, not about what the caller may read.
    func requireAssignee(_ user: UserID, organization: OrganizationID) throws {
        guard let found = try UserRepository(connection).user(user, in: .unrestricted), found.organizationID == organization,
            found.deactivatedAt == nil, [.orgOwner, .orgAdmin, .orgMember].contains(found.role)
        else { throw ClientRepositoryError.invalidAssignee(user) }
    }

    /// The columns a create and an update both write, in the order of ``writtenValues(_:)``.
    static let writtenColumns: SQL = """
        name, first_name, last_name, email, phone, type, status, tax_id, tax_id_key, tax_id_country, business_name,
        billing_address, street, commune, region, address_country, acquisition_source, acquisition_detail, notes, metadata,
        assigned_to, reseller_id, updated_at
        """

    static func writtenValues(_ client: Client) -> SQL {
        let draft = client.draft
        return """
            \(draft.name), \(draft.firstName), \(draft.lastName), \(draft.email?.value), \(draft.phone?.value), \(draft.type),
            \(draft.status), \(draft.taxId?.value), \(draft.taxId?.duplicateKey), \(draft.taxId.map(countryOf)),
            \(draft.businessName), \(draft.billingAddress), \(draft.address?.street), \(draft.address?.commune),
            \(draft.address?.region), \(draft.address?.country), \(draft.acquisitionSource), \(draft.acquisitionDetail),
            \(draft.notes), \(JSONWriter.text(of: draft.metadata.value)), \(client.assignedTo), \(client.resellerID), \(client.updatedAt)
            """
    }

    /// The country whose rules read a tax id back (``TaxID/init(stored:country:)``).
    static func countryOf(_ taxID: TaxID) -> String {
        switch taxID.scheme {
        case .mexicanRFC: "MX"
        case .chileanRUT: "CL"
        case .colombianNIT: "CO"
        case .unchecked: ""
        }
    }

    /// Runs a write that may break the email or tax-id uniqueness in a savepoint, so that the
    /// surrounding transaction stays usable (PostgreSQL aborts a transaction on an error) to look
    /// the holder up, and turns the violation into the typed error.
    @discardableResult
    func translatingDuplicates<T>(
        organization: OrganizationID, draft: ClientDraft, excluding id: ClientID, in scope: AccessScope, _ work: () throws -> T
    ) throws -> T {
        do {
            return try connection.transaction(work)
        } catch let error as StorageError where error.isUniqueViolation("clients_email_unique") {
            let holder = try draft.email.flatMap { email in
                try connection.scalar("""
                    SELECT refid FROM clients WHERE organization_id = \(organization) AND email = \(email.value)
                      AND deleted_at IS NULL AND id <> \(id) AND \(Self.reach(scope))
                    """, as: RefID.self)
            }
            throw ClientRepositoryError.duplicateEmail(holder: holder)
        } catch let error as StorageError where error.isUniqueViolation("clients_tax_id_unique") {
            let holder = try draft.taxId?.duplicateKey.flatMap { key in
                try connection.scalar("""
                    SELECT refid FROM clients WHERE organization_id = \(organization) AND tax_id_key = \(key)
                      AND deleted_at IS NULL AND id <> \(id) AND \(Self.reach(scope))
                    """, as: RefID.self)
            }
            throw ClientRepositoryError.duplicateTaxID(holder: holder)
        }
    }
}
