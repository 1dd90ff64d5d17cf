/// The version of this build of Clientela, reported by `serverVersion`, the startup line and
/// `--version`.
package enum ClientelaVersion {
    package static let current = "0.1.0"
}
