/// A reseller's id. Resellers are owned by the Resellers module; the id lives here because
/// a RESELLER login names its reseller and the access scope confines it to that reseller.
package struct ResellerID: RecordID {
    package let rawValue: String

    package init(rawValue: String) {
        self.rawValue = rawValue
    }
}
