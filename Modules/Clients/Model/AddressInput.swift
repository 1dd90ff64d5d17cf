/// The `address` of a create or update input, as given.
///
/// An address is one value: an update that gives `address` replaces all four parts (a part left
/// out is cleared), and `address: null` removes it. Merging parts would let a new street keep an
/// old region, which is how wrong addresses are made.
package struct AddressInput: Sendable, Hashable {
    package var street: String?
    package var commune: String?
    package var region: String?
    package var country: String?

    package init(street: String? = nil, commune: String? = nil, region: String? = nil, country: String? = nil) {
        self.street = street
        self.commune = commune
        self.region = region
        self.country = country
    }
}
