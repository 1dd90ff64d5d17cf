package import Clients
package import GraphQL
package import Tenancy

/// One generated demo client, as the words a coordinator would type: the same values become a
/// `createClient` input (``input``, checked by the Clients rules) for the small demo, or a
/// ready draft (``draft``, the stored forms) for the bulk path, where checking a million inputs
/// would cost more than inserting them. ``DemoClientFactoryTests`` prove the two agree.
package struct DemoClient: Sendable, Hashable {
    package var number: Int
    package var type: ClientType
    package var firstName: String?
    package var lastName: String?
    package var name: String
    package var email: String
    /// As typed: `+52 55 1234 5678`.
    package var phone: String
    package var taxID: String
    package var businessName: String?
    package var billingAddress: String?
    package var street: String
    package var municipality: String
    package var state: String
    package var source: AcquisitionSource
    package var sourceDetail: String
    package var notes: String?
    package var metadata: Value
    /// The status the client should end in; the small demo reaches it through the lifecycle.
    package var status: ClientStatus

    /// The `createClient` input, with the status left to the organization's default (PROSPECT).
    package var input: ClientInput {
        var input = ClientInput()
        input.name = .value(name)
        input.firstName = firstName.map(InputField.value) ?? .absent
        input.lastName = lastName.map(InputField.value) ?? .absent
        input.email = .value(email)
        input.phone = .value(phone)
        input.type = .value(type)
        input.taxId = .value(taxID)
        input.businessName = businessName.map(InputField.value) ?? .absent
        input.billingAddress = billingAddress.map(InputField.value) ?? .absent
        input.address = .value(AddressInput(street: street, commune: municipality, region: state, country: "MX"))
        input.acquisitionSource = .value(source)
        input.acquisitionDetail = .value(sourceDetail)
        input.notes = notes.map(InputField.value) ?? .absent
        input.metadata = .value(metadata)
        return input
    }

    /// The draft as the Clients rules would store ``input`` (lower-case email, the phone's
    /// digits, the RFC as given), with ``status`` set directly, as an import sets it.
    package var draft: ClientDraft {
        guard case .object(let object) = metadata else { preconditionFailure("demo metadata is an object") }
        return ClientDraft(
            name: name, firstName: firstName, lastName: lastName, email: EmailAddress(stored: email.lowercased()),
            phone: PhoneNumber(stored: "+" + phone.filter(\.isNumber)), type: type, status: status,
            taxId: TaxID(stored: taxID, country: "MX"), businessName: businessName, billingAddress: billingAddress,
            address: PostalAddress(storedStreet: street, commune: municipality, region: state, country: "MX"),
            acquisitionSource: source, acquisitionDetail: sourceDetail, notes: notes, metadata: Metadata(stored: object))
    }
}
