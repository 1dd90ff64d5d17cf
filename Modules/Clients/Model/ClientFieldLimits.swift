/// Every free-text field of a client with its limit: the one table of the lengths in domain.md,
/// and the decisions where domain.md gives none.
///
/// | field              | at most | lines  | source                                                      |
/// | ------------------ | ------- | ------ | ----------------------------------------------------------- |
/// | name               | 255     | single | domain.md                                                   |
/// | firstName          | 120     | single | ours: two of them and a space still fit in `name`           |
/// | lastName           | 120     | single | ours, as firstName                                          |
/// | email              | 255     | single | domain.md (see ``EmailAddress``)                            |
/// | phone              | 20      | single | domain.md, after normalisation (see ``PhoneNumber``)        |
/// | taxId              | 32      | single | domain.md for countries without rules (see ``TaxID``)       |
/// | businessName       | 255     | single | domain.md                                                   |
/// | billingAddress     | 500     | multi  | domain.md                                                   |
/// | address.street     | 255     | multi  | ours: a street line and a unit                              |
/// | address.commune    | 120     | single | ours: the longest commune or municipality names fit         |
/// | address.region     | 120     | single | ours, as commune                                            |
/// | address.country    | 2       | single | ours: ISO 3166-1 alpha-2, as the organization's country    |
/// | acquisitionDetail  | 255     | single | domain.md                                                   |
/// | notes              | 2000    | multi  | domain.md                                                   |
package enum ClientFieldLimits {
    package static let name = TextRule(field: "name", maximumLength: 255)
    package static let firstName = TextRule(field: "firstName", maximumLength: 120)
    package static let lastName = TextRule(field: "lastName", maximumLength: 120)
    package static let email = TextRule(field: "email", maximumLength: 255)
    package static let phone = TextRule(field: "phone", maximumLength: 20)
    package static let taxId = TextRule(field: "taxId", maximumLength: 32)
    package static let businessName = TextRule(field: "businessName", maximumLength: 255)
    package static let billingAddress = TextRule(field: "billingAddress", maximumLength: 500, allowsLineBreaks: true)
    package static let street = TextRule(field: "address.street", maximumLength: 255, allowsLineBreaks: true)
    package static let commune = TextRule(field: "address.commune", maximumLength: 120)
    package static let region = TextRule(field: "address.region", maximumLength: 120)
    package static let country = TextRule(field: "address.country", maximumLength: 2)
    package static let acquisitionDetail = TextRule(field: "acquisitionDetail", maximumLength: 255)
    package static let notes = TextRule(field: "notes", maximumLength: 2000, allowsLineBreaks: true)

    /// The whole table, in the order of the input type's fields: for documentation, migrations
    /// (column sizes) and tests.
    package static let all: [TextRule] = [
        name, firstName, lastName, email, phone, taxId, businessName, billingAddress,
        street, commune, region, country, acquisitionDetail, notes,
    ]

    /// The rule for an input field name, or nil for a field that is not free text.
    package static func rule(for field: String) -> TextRule? {
        all.first { $0.field == field }
    }
}
