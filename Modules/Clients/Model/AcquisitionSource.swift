/// How a client first came to the organization; `acquisitionDetail` says more in free text.
package enum AcquisitionSource: String, Sendable, Hashable, CaseIterable {
    case socialMedia = "SOCIAL_MEDIA"
    case referral = "REFERRAL"
    case google = "GOOGLE"
    case website = "WEBSITE"
    case direct = "DIRECT"
    case other = "OTHER"
}
