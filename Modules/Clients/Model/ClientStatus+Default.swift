package import Tenancy

/// `ClientStatus` itself is declared in Tenancy (an organization's settings name the status new
/// clients start in); the Clients module owns its rules: the lifecycle and this default.
extension ClientStatus {
    /// The status of a new client when neither the input nor the organization names one
    /// (the organization's `defaultClientStatus` setting defaults to it as well).
    package static let `default` = ClientStatus.prospect
}
