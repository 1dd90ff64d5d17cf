/// A client's tax id, checked by the rules of the organization's country and stored in one
/// canonical form per country, so that the duplicate check compares like with like.
///
/// Before any rule, the text is normalised as domain.md says: dots, dashes and white space are
/// removed and letters upper-cased. Then, by the organization's country (ISO 3166-1 alpha-2):
/// - MX: an RFC (see ``MexicanRFC``): the pattern `^[A-ZÑ&]{3,4}\d{6}[A-Z0-9]{3}$`, 13
///   characters for an INDIVIDUAL and 12 for a COMPANY, a real date, and the SAT check digit
///   verified softly: a mismatch is accepted with a ``ClientInputWarning``. The generic RFCs
///   XAXX010101000 (domestic public) and XEXX010101000 (foreign) are accepted for either client
///   type, marked ``isGeneric`` and never count as duplicates.
/// - CL: a RUT (see ``ChileanRUT``), check digit enforced, stored `12345678-5` (`K` upper-case).
/// - CO: a NIT (see ``ColombianNIT``), check digit enforced, stored `900123456-8`.
/// - any other country: the trimmed text as given (its own punctuation kept, for display), at
///   most 32 characters, no control characters; only ``duplicateKey`` is normalised.
package struct TaxID: Sendable, Hashable, CustomStringConvertible {
    /// The rules a tax id was checked by.
    package enum Scheme: String, Sendable, Hashable {
        case mexicanRFC = "MX_RFC"
        case chileanRUT = "CL_RUT"
        case colombianNIT = "CO_NIT"
        /// A country whose tax ids we do not check.
        case unchecked = "UNCHECKED"
    }

    /// The stored and displayed form.
    package let value: String
    package let scheme: Scheme
    /// One of Mexico's two generic RFCs, shared by every client that has none of its own; such a
    /// tax id never makes a client a duplicate of another.
    package let isGeneric: Bool
    /// Set when the id is accepted despite a doubt (an RFC whose check digit does not match).
    package let warning: ClientInputWarning?

    /// Normalises and checks `text` for a client of `clientType` in an organization of `country`.
    ///
    /// - Parameters:
    ///   - country: The organization's ISO 3166-1 alpha-2 code, any case.
    ///   - clientType: Decides the RFC length in Mexico; ignored elsewhere.
    /// - Throws: ``TaxIDError`` with the reason, reported as INVALID_TAX_ID.
    package init(_ text: String, country: String, clientType: ClientType) throws(TaxIDError) {
        switch country.uppercased() {
        case "MX":
            let rfc = try MexicanRFC.validate(Self.normalised(text), clientType: clientType)
            self.init(value: rfc.value, scheme: .mexicanRFC, isGeneric: rfc.isGeneric, warning: rfc.warning)
        case "CL":
            self.init(value: try ChileanRUT.validate(Self.normalised(text)), scheme: .chileanRUT)
        case "CO":
            self.init(value: try ColombianNIT.validate(Self.normalised(text)), scheme: .colombianNIT)
        default:
            let given = TextRule.trimmed(text)
            if given.isEmpty { throw .empty }
            let length = given.unicodeScalars.count
            if length > ClientFieldLimits.taxId.maximumLength { throw .tooLong(maximum: ClientFieldLimits.taxId.maximumLength, length: length) }
            if given.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { throw .controlCharacter }
            self.init(value: given, scheme: .unchecked)
        }
    }

    /// A tax id read back from storage, checked when it was written (not checked again, and
    /// without the warning it may have had then).
    ///
    /// - Parameter country: The organization's country, which decides the scheme.
    package init(stored value: String, country: String) {
        switch country.uppercased() {
        case "MX": self.init(value: value, scheme: .mexicanRFC, isGeneric: MexicanRFC.genericRFCs.contains(value))
        case "CL": self.init(value: value, scheme: .chileanRUT)
        case "CO": self.init(value: value, scheme: .colombianNIT)
        default: self.init(value: value, scheme: .unchecked)
        }
    }

    private init(value: String, scheme: Scheme, isGeneric: Bool = false, warning: ClientInputWarning? = nil) {
        self.value = value
        self.scheme = scheme
        self.isGeneric = isGeneric
        self.warning = warning
    }

    /// What the duplicate check compares: the normalised text, or nil for a generic RFC, which
    /// never conflicts (the repository stores it in a column with a unique index where null
    /// never collides).
    package var duplicateKey: String? {
        isGeneric ? nil : Self.normalised(value)
    }

    package var description: String { value }

    /// Dots, dashes and white space removed; letters upper-cased; `Ñ` always precomposed, so
    /// that two spellings of one RFC compare equal byte for byte.
    package static func normalised(_ text: String) -> String {
        var result = ""
        for character in text.uppercased() {
            if character == "." || character == "-" || character.isWhitespace { continue }
            result.append(character == "Ñ" ? "\u{D1}" : character)
        }
        return result
    }
}
