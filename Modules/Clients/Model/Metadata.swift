package import GraphQL

/// A client's custom attributes: a JSON object, checked so that it stays small, shallow, keyed
/// by names that are safe to show, and free of secrets.
///
/// The rules (domain.md, with our reading where it is terse):
/// - the top level is an object;
/// - at most 16 KiB (16,384 bytes) as the compact JSON the API writes for it;
/// - at most 5 levels of nesting, the top-level object being level 1: `{"a":{"b":{"c":{"d":{"e":1}}}}}`
///   is the deepest accepted; arrays count as a level like objects do;
/// - every key, at every level, matches `[A-Za-z0-9_.-]{1,64}`;
/// - no key, at any level, names a secret (see ``SecretKeyNames``): metadata is readable by the
///   whole staff and copied into exports, so a CRM must not become a password store.
///
/// Updates are merge patches (``merging(_:)``), and the rules apply to the result, not the
/// patch: a patch may remove (`null`) a key the rules now refuse, and a patch that makes the
/// object too large or too deep is refused although it is small itself.
package struct Metadata: Sendable, Hashable, CustomStringConvertible {
    package static let maximumBytes = 16 * 1024
    package static let maximumDepth = 5
    package static let maximumKeyLength = 64

    /// The checked attributes.
    package let object: OrderedObject

    /// No attributes: a new client's metadata when the input has none.
    package static let empty = Metadata(checked: OrderedObject())

    private init(checked object: OrderedObject) {
        self.object = object
    }

    /// Checks `value` as a whole metadata object.
    ///
    /// - Throws: ``MetadataError`` naming the rule and, for a key, its path.
    package init(_ value: Value) throws(MetadataError) {
        guard case .object(let object) = value else { throw .notAnObject }
        try Self.check(object)
        self.init(checked: object)
    }

    /// Metadata read back from storage, checked when it was written (not checked again).
    package init(stored object: OrderedObject) {
        self.init(checked: object)
    }

    /// The metadata after an update's merge patch.
    ///
    /// - Parameter patch: An object merged as RFC 7396 says, or `null`, which clears every
    ///   attribute (RFC 7396 replaces the target with a `null` patch; metadata cannot be `null`,
    ///   so it becomes the empty object).
    /// - Throws: ``MetadataError/notAnObject`` for any other patch, or what the merged object
    ///   breaks.
    package func merging(_ patch: Value) throws(MetadataError) -> Metadata {
        switch patch {
        case .null: return .empty
        case .object: return try Metadata(JSONMergePatch.apply(patch, to: .object(object)))
        default: throw .notAnObject
        }
    }

    /// The attributes as the JSON scalar's value.
    package var value: Value { .object(object) }

    package var description: String { JSONWriter.text(of: value) }

    private static func check(_ object: OrderedObject) throws(MetadataError) {
        try checkKeys(of: .object(object), depth: 1, path: "")
        let size = JSONWriter.text(of: .object(object)).utf8.count
        if size > maximumBytes { throw .tooLarge(bytes: size, maximum: maximumBytes) }
    }

    /// Walks the value, checking depth and every key; `path` is the dotted path of keys (list
    /// positions as `[n]`) to the value, for the message.
    private static func checkKeys(of value: Value, depth: Int, path: String) throws(MetadataError) {
        switch value {
        case .object(let object):
            if depth > maximumDepth { throw .tooDeep(path: path, maximum: maximumDepth) }
            for entry in object {
                let entryPath = path.isEmpty ? entry.key : "\(path).\(entry.key)"
                if !isValidKey(entry.key) { throw .invalidKey(path: entryPath) }
                if SecretKeyNames.namesSecret(entry.key) { throw .secretKey(path: entryPath) }
                try checkKeys(of: entry.value, depth: depth + 1, path: entryPath)
            }
        case .list(let items):
            if depth > maximumDepth { throw .tooDeep(path: path, maximum: maximumDepth) }
            for (index, item) in items.enumerated() {
                try checkKeys(of: item, depth: depth + 1, path: "\(path)[\(index)]")
            }
        case .null, .bool, .int, .float, .string:
            return
        }
    }

    private static func isValidKey(_ key: String) -> Bool {
        (1...maximumKeyLength).contains(key.utf8.count)
            && key.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
            }
    }
}

/// Why metadata is refused; a BAD_USER_INPUT on `metadata` with ``message``.
package enum MetadataError: Error, Sendable, Hashable, CustomStringConvertible {
    case notAnObject
    case tooLarge(bytes: Int, maximum: Int)
    case tooDeep(path: String, maximum: Int)
    case invalidKey(path: String)
    case secretKey(path: String)

    package var message: String {
        switch self {
        case .notAnObject: "metadata is a JSON object of attributes"
        case .tooLarge(let bytes, let maximum): "metadata takes at most \(maximum) bytes as JSON (got \(bytes))"
        case .tooDeep(let path, let maximum): "metadata nests at most \(maximum) levels deep (“\(path)” is deeper)"
        case .invalidKey(let path): "the metadata key “\(path)” is not 1 to \(Metadata.maximumKeyLength) characters among A–Z, a–z, 0–9, _, . and -"
        case .secretKey(let path): "the metadata key “\(path)” names a secret (password, token, API key, …); keep secrets out of client records"
        }
    }

    package var description: String { message }
}
