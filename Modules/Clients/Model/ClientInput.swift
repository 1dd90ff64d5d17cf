package import Tenancy
package import GraphQL

/// The value fields of `CreateClientInput` and `UpdateClientInput`, as the GraphQL layer
/// received them, before any check.
///
/// The references (`assignedToId`, `resellerId`, `organizationId`) are not here: whether they
/// point at an active member or a usable reseller is for the repository and its ports to say.
/// `status` is read on create only; on update a status change goes through `transitionClient`
/// so that it passes the lifecycle and leaves a StatusChange.
package struct ClientInput: Sendable, Hashable {
    package var name: InputField<String> = .absent
    package var firstName: InputField<String> = .absent
    package var lastName: InputField<String> = .absent
    package var email: InputField<String> = .absent
    package var phone: InputField<String> = .absent
    package var type: InputField<ClientType> = .absent
    package var status: InputField<ClientStatus> = .absent
    package var taxId: InputField<String> = .absent
    package var businessName: InputField<String> = .absent
    package var billingAddress: InputField<String> = .absent
    package var address: InputField<AddressInput> = .absent
    package var acquisitionSource: InputField<AcquisitionSource> = .absent
    package var acquisitionDetail: InputField<String> = .absent
    package var notes: InputField<String> = .absent
    /// On create the whole metadata object; on update a JSON merge patch (RFC 7396).
    package var metadata: InputField<Value> = .absent

    package init() {}
}
