/// How much a client buys, from the count of its completed sales and the organization's
/// ``SegmentThresholds``.
///
/// The segment is derived, never edited: whoever changes the completed-purchase count (the
/// BillingLinks port) recomputes it with ``for(completedPurchases:thresholds:)`` in the same
/// transaction.
package enum ClientSegment: String, Sendable, Hashable, CaseIterable {
    case premium = "PREMIUM"
    case regular = "REGULAR"
    case occasional = "OCCASIONAL"

    /// The segment of a client with `completedPurchases` completed sales.
    ///
    /// With the default thresholds: 21 or more is premium, 5 to 20 regular, 0 to 4 occasional.
    /// When both thresholds are equal no client is regular, which is what such a setting asks for.
    ///
    /// - Precondition: `completedPurchases` is not negative (a count; a negative one is our bug).
    package static func `for`(completedPurchases: Int, thresholds: SegmentThresholds = .default) -> ClientSegment {
        precondition(completedPurchases >= 0, "a purchase count is never negative")
        if completedPurchases >= thresholds.premiumMinPurchases { return .premium }
        if completedPurchases >= thresholds.regularMinPurchases { return .regular }
        return .occasional
    }
}
