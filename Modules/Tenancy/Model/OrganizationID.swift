/// An organization's id: the tenant every other record belongs to.
package struct OrganizationID: RecordID {
    package let rawValue: String

    package init(rawValue: String) {
        self.rawValue = rawValue
    }
}
