import Tenancy

extension Organization {
    /// The settings the client rules read.
    var clientRules: ClientRules {
        ClientRules(country: country, defaultStatus: settings.defaultClientStatus)
    }

    /// The segment thresholds of the settings; settings are checked when written, so the
    /// fallback to the defaults only guards against a damaged row.
    var segmentThresholds: SegmentThresholds {
        (try? SegmentThresholds(premiumMinPurchases: settings.premiumMinPurchases, regularMinPurchases: settings.regularMinPurchases))
            ?? .default
    }
}
