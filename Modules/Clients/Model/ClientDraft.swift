package import Tenancy
import GraphQL

/// The value fields of a client record, every one checked and normalised: what the repository
/// writes for a create or an update.
///
/// ``creating(from:rules:)`` and ``updating(with:rules:)`` run every rule of the Clients module
/// over an input and report every problem at once (``ClientInputError``), each naming its input
/// field; either the whole input is valid or nothing changes.
///
/// Decisions where domain.md is silent:
/// - `name` is required. On create, when it is left out (or blank) and `firstName` is given, it
///   becomes "firstName lastName" (just the first name when there is no last name). On update it
///   may be replaced but not cleared, and it is never recomputed from the name parts: a trade
///   name someone typed must not be overwritten by an edit of the contact's first name.
/// - a blank text counts as no text (see ``TextRule``): `email: "  "` clears the email.
/// - when an update changes `type` but not `taxId`, the stored tax id is checked again for the
///   new type (a Mexican person's 13-character RFC is no company's RFC); a refusal is
///   INVALID_TAX_ID on `type`, the field that made it invalid.
/// - on update, `type: null` is refused (a client always has a type) and so is any `status`.
/// - on create, `status` may name any status (an import brings clients in where they already
///   are): the first status is no transition, so the lifecycle table does not apply to it.
package struct ClientDraft: Sendable, Hashable {
    package var name: String
    package var firstName: String?
    package var lastName: String?
    package var email: EmailAddress?
    package var phone: PhoneNumber?
    package var type: ClientType
    package var status: ClientStatus
    package var taxId: TaxID?
    package var businessName: String?
    package var billingAddress: String?
    package var address: PostalAddress?
    package var acquisitionSource: AcquisitionSource?
    package var acquisitionDetail: String?
    package var notes: String?
    package var metadata: Metadata

    /// A draft from values that were checked before (read back from storage).
    package init(
        name: String, firstName: String? = nil, lastName: String? = nil, email: EmailAddress? = nil,
        phone: PhoneNumber? = nil, type: ClientType = .default, status: ClientStatus = .default, taxId: TaxID? = nil,
        businessName: String? = nil, billingAddress: String? = nil, address: PostalAddress? = nil,
        acquisitionSource: AcquisitionSource? = nil, acquisitionDetail: String? = nil, notes: String? = nil,
        metadata: Metadata = .empty
    ) {
        self.name = name
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.phone = phone
        self.type = type
        self.status = status
        self.taxId = taxId
        self.businessName = businessName
        self.billingAddress = billingAddress
        self.address = address
        self.acquisitionSource = acquisitionSource
        self.acquisitionDetail = acquisitionDetail
        self.notes = notes
        self.metadata = metadata
    }

    /// Checks a `createClient` input.
    ///
    /// - Parameter rules: The organization's country and default status.
    /// - Returns: The draft to insert and the warnings to return with it.
    /// - Throws: ``ClientInputError`` with every problem found.
    package static func creating(from input: ClientInput, rules: ClientRules) throws(ClientInputError) -> ClientValidation {
        var checker = ClientInputChecker(rules: rules)
        var draft = ClientDraft(name: "", type: input.type.value ?? .default, status: input.status.value ?? rules.defaultStatus)
        checker.apply(input, to: &draft)
        switch checker.text(input.name, ClientFieldLimits.name) {
        case .value(let name):
            draft.name = name
        case .absent, .null:
            if checker.hasIssue(on: ClientFieldLimits.name.field) { break }
            if let firstName = draft.firstName {
                draft.name = [firstName, draft.lastName].compactMap { $0 }.joined(separator: " ")
            } else {
                checker.report(.badUserInput(field: ClientFieldLimits.name.field, "name is required, or firstName to make it from"))
            }
        }
        switch input.metadata {
        case .absent, .null: break
        case .value(let value): draft.metadata = checker.metadata { () throws(MetadataError) in try Metadata(value) } ?? .empty
        }
        return try checker.finish(draft)
    }

    /// Checks an `updateClient` input against this, the stored record.
    ///
    /// - Returns: The record as it will be after the update, and the warnings.
    /// - Throws: ``ClientInputError`` with every problem found.
    package func updating(with input: ClientInput, rules: ClientRules) throws(ClientInputError) -> ClientValidation {
        var checker = ClientInputChecker(rules: rules)
        var draft = self
        switch input.type {
        case .absent: break
        case .null: checker.report(.badUserInput(field: "type", "type cannot be cleared"))
        case .value(let type): draft.type = type
        }
        if !input.status.isAbsent {
            checker.report(.badUserInput(field: "status", "status changes go through transitionClient, which checks the lifecycle and records the change"))
        }
        checker.apply(input, to: &draft)
        switch input.name {
        case .absent: break
        case .null: checker.report(.badUserInput(field: ClientFieldLimits.name.field, "name cannot be cleared"))
        case .value:
            switch checker.text(input.name, ClientFieldLimits.name) {
            case .value(let name): draft.name = name
            case .null: checker.report(.badUserInput(field: ClientFieldLimits.name.field, "name cannot be blank"))
            case .absent: break
            }
        }
        if input.taxId.isAbsent, draft.type != type, let stored = taxId {
            checker.recheck(stored, forType: draft.type)
        }
        if !input.metadata.isAbsent {
            let patch = input.metadata.value ?? .null
            draft.metadata = checker.metadata { () throws(MetadataError) in try metadata.merging(patch) } ?? metadata
        }
        return try checker.finish(draft)
    }
}
