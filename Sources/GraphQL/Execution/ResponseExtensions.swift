internal import Synchronization

/// What resolvers add to the response's top-level `extensions` during one request: notes about
/// the request as a whole rather than about one field's value, such as a value that was
/// accepted but deserves a second look.
///
/// The engine knows no entry by name; a module picks a key (`warnings`, say) and appends one
/// entry per note. Entries under one key keep the order they were appended in. Mutation root
/// fields run one after another, so their entries come in document order; query fields may run
/// concurrently, and then the order between fields is unspecified.
///
/// Append only what belongs to work that succeeded: an entry stays in the response even when
/// the field that appended it later fails.
package final class ResponseExtensions: Sendable {
    private let entries = Mutex<OrderedObject>(OrderedObject())

    package init() {}

    /// Appends `entry` to the list under `key`, creating the list on first use.
    ///
    /// - Precondition: `key` is only ever used through this method, so its value is a list.
    package func append(_ entry: Value, to key: String) {
        entries.withLock { entries in
            switch entries[key] {
            case nil:
                entries[key] = .list([entry])
            case .list(var list)?:
                list.append(entry)
                entries[key] = .list(list)
            case let other?:
                preconditionFailure("response extension \(key) holds \(other), not a list")
            }
        }
    }

    /// Everything appended so far, nil when nothing was (so a response without notes has no
    /// `extensions` entry at all).
    package var object: OrderedObject? {
        entries.withLock { $0.isEmpty ? nil : $0 }
    }
}
