package import GraphQL
package import Tenancy

extension ClientInput {
    /// The value fields of `CreateClientInput` or `UpdateClientInput`, keeping left out apart
    /// from `null` (an update clears a field with `null` and keeps one it leaves out).
    ///
    /// Nothing is checked here beyond the shape: every rule runs in ``ClientDraft``, which
    /// reports all problems at once. `status` exists only in `CreateClientInput`; reading it
    /// from an update input finds it absent.
    package init(_ input: InputObject) throws(ResolverError) {
        self.init()
        name = input.field("name")
        firstName = input.field("firstName")
        lastName = input.field("lastName")
        email = input.field("email")
        phone = input.field("phone")
        type = try input.field("type", as: ClientType.self)
        status = try input.field("status", as: ClientStatus.self)
        taxId = input.field("taxId")
        businessName = input.field("businessName")
        billingAddress = input.field("billingAddress")
        if input.isNull("address") {
            address = .null
        } else if let parts = input.object("address") {
            address = .value(AddressInput(
                street: parts.string("street"), commune: parts.string("commune"), region: parts.string("region"),
                country: parts.string("country")))
        }
        acquisitionSource = try input.field("acquisitionSource", as: AcquisitionSource.self)
        acquisitionDetail = input.field("acquisitionDetail")
        notes = input.field("notes")
        metadata = input.json("metadata")
    }
}
