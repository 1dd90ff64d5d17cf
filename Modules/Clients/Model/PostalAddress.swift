/// A client's postal address (domain.md: `address { street commune region country }`), checked.
///
/// `commune` is Chile's word for the municipality; elsewhere it holds the city or municipality.
/// `country` is an ISO 3166-1 alpha-2 code, upper-cased, like the organization's country, so
/// that region reports group by it reliably. An address with every part empty is no address.
package struct PostalAddress: Sendable, Hashable {
    package let street: String?
    package let commune: String?
    package let region: String?
    package let country: String?

    /// An address read back from storage, checked when it was written.
    package init(storedStreet street: String?, commune: String?, region: String?, country: String?) {
        self.street = street
        self.commune = commune
        self.region = region
        self.country = country
    }

    /// Checks every part and reports every problem.
    ///
    /// - Returns: The address, or nil when every part is empty.
    /// - Throws: ``ClientInputError`` with an issue per bad part (`address.street`, …).
    package static func validate(_ input: AddressInput) throws(ClientInputError) -> PostalAddress? {
        var issues: [ClientInputIssue] = []
        func check(_ text: String?, _ rule: TextRule) -> String? {
            guard let text else { return nil }
            do { return try rule.normalise(text) } catch { issues.append(error); return nil }
        }
        let street = check(input.street, ClientFieldLimits.street)
        let commune = check(input.commune, ClientFieldLimits.commune)
        let region = check(input.region, ClientFieldLimits.region)
        var country = check(input.country, ClientFieldLimits.country)?.uppercased()
        if let code = country, !(code.count == 2 && code.allSatisfy { ("A"..."Z").contains($0) }) {
            issues.append(.badUserInput(field: ClientFieldLimits.country.field, "address.country is an ISO 3166-1 alpha-2 code such as CL or MX (got “\(code)”)"))
            country = nil
        }
        if !issues.isEmpty { throw ClientInputError(issues) }
        if street == nil, commune == nil, region == nil, country == nil { return nil }
        return PostalAddress(storedStreet: street, commune: commune, region: region, country: country)
    }
}
