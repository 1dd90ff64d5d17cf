/// A user's id: a team member or a bound login (RESELLER, CLIENT).
package struct UserID: RecordID {
    package let rawValue: String

    package init(rawValue: String) {
        self.rawValue = rawValue
    }
}
