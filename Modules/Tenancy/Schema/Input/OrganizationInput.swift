package import Foundation
package import GraphQL

/// `CreateOrganizationInput` and `UpdateOrganizationInput`, checked and applied.
///
/// Limits where domain.md is silent: names up to 255 characters; a refid prefix of 1 to 10
/// upper-case letters, digits or hyphens (it starts every client's public reference); thresholds
/// with `regularMinPurchases` at least 1 and below `premiumMinPurchases` (so every segment can be
/// reached), both at most 1,000,000; windows of 1 to 3,650 days (ten years).
package enum OrganizationInput {
    /// A new organization from `CreateOrganizationInput`.
    package static func creating(_ input: InputObject, now: Date) throws(ResolverError) -> Organization {
        var settings = OrganizationSettings.defaults
        if let given = input.object("settings") { try apply(given, to: &settings) }
        return Organization(
            name: try InputRules.text(try input.required("name"), field: "name", maximum: 255),
            slug: try InputRules.slug(try input.required("slug")),
            country: try InputRules.country(try input.required("country")),
            currency: try InputRules.currency(try input.required("currency")),
            settings: settings, createdAt: now)
    }

    /// `organization` changed by `UpdateOrganizationInput`: omitted (or null) fields keep
    /// their value, since none of them may be cleared.
    package static func updating(_ organization: Organization, with input: InputObject) throws(ResolverError) -> Organization {
        var changed = organization
        if let name = input.string("name") { changed.name = try InputRules.text(name, field: "name", maximum: 255) }
        if let slug = input.string("slug") { changed.slug = try InputRules.slug(slug) }
        if let country = input.string("country") { changed.country = try InputRules.country(country) }
        if let currency = input.string("currency") { changed.currency = try InputRules.currency(currency) }
        if let settings = input.object("settings") { try apply(settings, to: &changed.settings) }
        return changed
    }

    private static func apply(_ input: InputObject, to settings: inout OrganizationSettings) throws(ResolverError) {
        if let status = try input.enumeration("defaultClientStatus", as: ClientStatus.self) { settings.defaultClientStatus = status }
        if let prefix = input.string("refidPrefix") { settings.refidPrefix = try refidPrefix(prefix, field: input.name("refidPrefix")) }
        let purchases = 0...1_000_000
        if let premium = input.int("premiumMinPurchases") {
            settings.premiumMinPurchases = try InputRules.integer(premium, field: input.name("premiumMinPurchases"), in: purchases)
        }
        if let regular = input.int("regularMinPurchases") {
            settings.regularMinPurchases = try InputRules.integer(regular, field: input.name("regularMinPurchases"), in: 1...1_000_000)
        }
        guard settings.regularMinPurchases < settings.premiumMinPurchases else {
            let field = input.has("premiumMinPurchases") ? "premiumMinPurchases" : "regularMinPurchases"
            throw .badUserInput("premiumMinPurchases must be greater than regularMinPurchases.", field: input.name(field))
        }
        let days = 1...3650
        if let window = input.int("engagementWindowDays") {
            settings.engagementWindowDays = try InputRules.integer(window, field: input.name("engagementWindowDays"), in: days)
        }
        if let alert = input.int("inactivityAlertDays") {
            settings.inactivityAlertDays = try InputRules.integer(alert, field: input.name("inactivityAlertDays"), in: days)
        }
    }

    private static func refidPrefix(_ value: String, field: String) throws(ResolverError) -> String {
        let prefix = value.trimmingWhitespace().uppercased()
        let allowed = { (byte: UInt8) in
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
        guard (1...10).contains(prefix.utf8.count), prefix.utf8.allSatisfy(allowed) else {
            throw .badUserInput("refidPrefix must be 1 to 10 letters, digits or hyphens, such as \"CL-\".", field: field)
        }
        return prefix
    }
}
