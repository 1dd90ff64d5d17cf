/// The organization's segment settings: the fewest completed purchases that make a client
/// premium, and the fewest that make it regular.
///
/// A value of this type is always valid (both non-negative, regular at most premium), so the
/// organization's settings are checked once, when they are written, with ``init(premiumMinPurchases:regularMinPurchases:)``.
package struct SegmentThresholds: Sendable, Hashable {
    package let premiumMinPurchases: Int
    package let regularMinPurchases: Int

    /// The domain's defaults: premium from 21 completed purchases, regular from 5.
    package static let `default` = SegmentThresholds(checkedPremium: 21, regular: 5)

    /// Checks and keeps the two thresholds.
    ///
    /// - Throws: ``SegmentThresholdsError`` naming the settings field at fault
    ///   (`regularMinPurchases` or `premiumMinPurchases`).
    package init(premiumMinPurchases: Int, regularMinPurchases: Int) throws(SegmentThresholdsError) {
        if regularMinPurchases < 0 {
            throw SegmentThresholdsError(field: "regularMinPurchases", message: "regularMinPurchases must not be negative (got \(regularMinPurchases))")
        }
        if premiumMinPurchases < 0 {
            throw SegmentThresholdsError(field: "premiumMinPurchases", message: "premiumMinPurchases must not be negative (got \(premiumMinPurchases))")
        }
        if regularMinPurchases > premiumMinPurchases {
            throw SegmentThresholdsError(
                field: "regularMinPurchases",
                message: "regularMinPurchases (\(regularMinPurchases)) must not exceed premiumMinPurchases (\(premiumMinPurchases))"
            )
        }
        self.init(checkedPremium: premiumMinPurchases, regular: regularMinPurchases)
    }

    private init(checkedPremium: Int, regular: Int) {
        premiumMinPurchases = checkedPremium
        regularMinPurchases = regular
    }
}

/// Segment thresholds that cannot be used; a BAD_USER_INPUT on the organization settings field
/// ``field`` names.
package struct SegmentThresholdsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The settings input field at fault, for `extensions.field`.
    package let field: String
    package let message: String

    package var description: String { "\(field): \(message)" }
}
