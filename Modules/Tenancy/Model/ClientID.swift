/// A client's id. Clients are owned by the Clients module; the id lives here because a
/// CLIENT login names its client and the access scope confines it to that client.
package struct ClientID: RecordID {
    package let rawValue: String

    package init(rawValue: String) {
        self.rawValue = rawValue
    }
}
