/// Whether a client is a person or an organisation; it decides the length of a Mexican RFC
/// (13 characters for a person, 12 for a company).
package enum ClientType: String, Sendable, Hashable, CaseIterable {
    case individual = "INDIVIDUAL"
    case company = "COMPANY"

    /// The type a client gets when the input names none.
    package static let `default` = ClientType.individual
}
