package import Foundation

/// Whether a client is engaged (domain.md: an interaction or a purchase within the organization's
/// `engagementWindowDays`), decided the same way for `Client.isEngaged` and the `engaged` filter.
///
/// The window is counted in whole days of 86,400 seconds back from the request's clock, and its
/// start is included: a contact exactly `days` days ago still counts.
package enum Engagement {
    /// The first instant of the window that ends at `now`.
    package static func windowStart(now: Date, days: Int) -> Date {
        now.addingTimeInterval(-Double(days) * 86_400)
    }

    /// Whether a contact or a purchase falls at or after the window's start.
    package static func isEngaged(lastContactAt: Date?, lastPurchaseAt: Date?, now: Date, days: Int) -> Bool {
        let start = windowStart(now: now, days: days)
        return [lastContactAt, lastPurchaseAt].contains { $0.map { $0 >= start } ?? false }
    }
}
