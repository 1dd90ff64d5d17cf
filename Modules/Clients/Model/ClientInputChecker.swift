import GraphQL

/// Runs the per-field rules over a client input, collecting every issue and warning instead of
/// stopping at the first, for ``ClientDraft``'s create and update checks.
struct ClientInputChecker {
    let rules: ClientRules
    private(set) var issues: [ClientInputIssue] = []
    private(set) var warnings: [ClientInputWarning] = []

    init(rules: ClientRules) {
        self.rules = rules
    }

    mutating func report(_ issue: ClientInputIssue) {
        issues.append(issue)
    }

    func hasIssue(on field: String) -> Bool {
        issues.contains { $0.field == field }
    }

    /// A text field checked by its rule: absent stays absent, null or blank is `.null` (clear),
    /// a good text is its normalised value; a bad text is reported and comes back `.absent`, so
    /// the draft keeps what it had.
    mutating func text(_ field: InputField<String>, _ rule: TextRule) -> InputField<String> {
        switch field {
        case .absent: return .absent
        case .null: return .null
        case .value(let text):
            do throws(ClientInputIssue) {
                return try rule.normalise(text).map { .value($0) } ?? .null
            } catch {
                report(error)
                return .absent
            }
        }
    }

    /// Applies every optional field of `input` to `draft` (not `name`, `type`, `status` or
    /// `metadata`, whose create and update rules differ). `draft.type` must already be final:
    /// the tax id is checked against it.
    mutating func apply(_ input: ClientInput, to draft: inout ClientDraft) {
        assign(text(input.firstName, ClientFieldLimits.firstName), to: &draft.firstName)
        assign(text(input.lastName, ClientFieldLimits.lastName), to: &draft.lastName)
        assign(parsed(input.email, field: ClientFieldLimits.email.field) { (text) throws(EmailAddressError) in try EmailAddress(text) }, to: &draft.email)
        assign(parsed(input.phone, field: ClientFieldLimits.phone.field) { (text) throws(PhoneNumberError) in try PhoneNumber(text) }, to: &draft.phone)
        assign(taxID(input.taxId, type: draft.type), to: &draft.taxId)
        assign(text(input.businessName, ClientFieldLimits.businessName), to: &draft.businessName)
        assign(text(input.billingAddress, ClientFieldLimits.billingAddress), to: &draft.billingAddress)
        switch input.address {
        case .absent: break
        case .null: draft.address = nil
        case .value(let address):
            do throws(ClientInputError) {
                draft.address = try PostalAddress.validate(address)
            } catch {
                issues.append(contentsOf: error.issues)
            }
        }
        switch input.acquisitionSource {
        case .absent: break
        case .null: draft.acquisitionSource = nil
        case .value(let source): draft.acquisitionSource = source
        }
        assign(text(input.acquisitionDetail, ClientFieldLimits.acquisitionDetail), to: &draft.acquisitionDetail)
        assign(text(input.notes, ClientFieldLimits.notes), to: &draft.notes)
    }

    /// Checks the stored tax id again for a new client type.
    mutating func recheck(_ stored: TaxID, forType type: ClientType) {
        do throws(TaxIDError) {
            _ = try TaxID(stored.value, country: rules.country, clientType: type)
        } catch {
            report(ClientInputIssue(
                field: "type",
                code: error.code,
                message: "the client's tax id \(stored.value) does not fit a client of type \(type.rawValue): \(error.message); change taxId with type",
                reason: error.reason
            ))
        }
    }

    /// The result of a metadata rule, or nil with the issue reported.
    mutating func metadata(_ check: () throws(MetadataError) -> Metadata) -> Metadata? {
        do throws(MetadataError) {
            return try check()
        } catch {
            report(.badUserInput(field: "metadata", error.message))
            return nil
        }
    }

    /// The validation, or every issue sorted in the order of the input's fields.
    func finish(_ draft: ClientDraft) throws(ClientInputError) -> ClientValidation {
        if issues.isEmpty { return ClientValidation(draft: draft, warnings: warnings) }
        let order = ClientInputChecker.fieldOrder
        let sorted = issues.enumerated().sorted { left, right in
            let leftRank = order.firstIndex(of: left.element.field) ?? order.count
            let rightRank = order.firstIndex(of: right.element.field) ?? order.count
            return (leftRank, left.offset) < (rightRank, right.offset)
        }
        throw ClientInputError(sorted.map(\.element))
    }

    /// The input's fields in their declared order.
    static let fieldOrder = [
        "name", "firstName", "lastName", "email", "phone", "type", "status", "taxId", "businessName",
        "billingAddress", "address.street", "address.commune", "address.region", "address.country",
        "acquisitionSource", "acquisitionDetail", "notes", "metadata",
    ]

    private mutating func taxID(_ field: InputField<String>, type: ClientType) -> InputField<TaxID> {
        switch field {
        case .absent: return .absent
        case .null: return .null
        case .value(let text):
            if TextRule.trimmed(text).isEmpty { return .null }
            do throws(TaxIDError) {
                let taxID = try TaxID(text, country: rules.country, clientType: type)
                if let warning = taxID.warning { warnings.append(warning) }
                return .value(taxID)
            } catch {
                report(error.issue)
                return .absent
            }
        }
    }

    /// A blank text is `.null`; anything else goes through `parse`, whose error becomes a
    /// BAD_USER_INPUT on `field`.
    private mutating func parsed<Parsed: Sendable & Hashable, Failure: Error & CustomStringConvertible>(
        _ input: InputField<String>, field: String, _ parse: (String) throws(Failure) -> Parsed
    ) -> InputField<Parsed> {
        switch input {
        case .absent: return .absent
        case .null: return .null
        case .value(let text):
            if TextRule.trimmed(text).isEmpty { return .null }
            do throws(Failure) {
                return .value(try parse(text))
            } catch {
                report(.badUserInput(field: field, error.description))
                return .absent
            }
        }
    }

    private func assign<Wrapped>(_ result: InputField<Wrapped>, to target: inout Wrapped?) {
        switch result {
        case .absent: break
        case .null: target = nil
        case .value(let value): target = value
        }
    }
}
