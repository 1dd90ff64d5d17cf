package import Foundation
import Storage
package import Tenancy

extension ClientRepository {
    /// Moves a client's `lastContactAt` forward to `date` (never back: an interaction logged late
    /// for an older day does not hide a newer one). Interactions calls it through its port when it
    /// logs one, in the same transaction.
    ///
    /// - Returns: false when the client is not in scope or `date` is not later.
    package func recordContact(_ id: ClientID, at date: Date, in scope: AccessScope) throws -> Bool {
        try connection.execute("""
            UPDATE clients SET last_contact_at = \(date), last_contact_key = \(Timestamp.format(date))
            WHERE id = \(id) AND (last_contact_at IS NULL OR last_contact_at < \(date)) AND \(Self.visible(scope))
            """) == 1
    }

    /// Stores a client's completed-sales count, lifetime value (minor units of the organization's
    /// currency) and the date of its latest completed sale (nil: none) as BillingLinks computed
    /// them, and recomputes the segment from the count and the organization's thresholds
    /// (domain.md: "recomputed whenever that count changes"). The date makes a recent buyer
    /// engaged (`isEngaged`, the `engaged` filter).
    ///
    /// - Returns: The new segment, or nil when the client is not in scope.
    package func recordPurchases(
        _ id: ClientID, completed: Int, lifetimeValue: Int, lastPurchaseAt: Date?, thresholds: SegmentThresholds, in scope: AccessScope
    ) throws -> ClientSegment? {
        let segment = ClientSegment.for(completedPurchases: completed, thresholds: thresholds)
        let updated = try connection.execute("""
            UPDATE clients SET total_purchases = \(completed), lifetime_value = \(lifetimeValue), last_purchase_at = \(lastPurchaseAt),
              segment = \(segment)
            WHERE id = \(id) AND \(Self.reach(scope))
            """)
        return updated == 1 ? segment : nil
    }
}
