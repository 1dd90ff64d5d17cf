/// An API token's id (never its secret).
package struct ApiTokenID: RecordID {
    package let rawValue: String

    package init(rawValue: String) {
        self.rawValue = rawValue
    }
}
