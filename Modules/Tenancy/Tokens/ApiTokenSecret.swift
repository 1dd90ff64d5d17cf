package import Crypto

/// The text of an API token and what is stored of it.
///
/// Format: `clt_<prefix>_<secret>`, where the prefix is 8 lower-case hex characters (4 random
/// bytes) shown in lists so a user can tell tokens apart, and the secret is 32 random bytes from
/// libcrypto's generator in base64url (43 characters). Only the SHA-256 of the whole text is
/// stored, as lower-case hex: a fast hash suffices because the secret has 256 bits of entropy,
/// so there is nothing to brute-force that a slow password hash would protect.
package struct ApiTokenSecret: Sendable {
    /// The whole token, shown to its owner once.
    package let text: String
    /// `clt_<8 hex>`, stored and shown for recognition.
    package let prefix: String
    /// Lower-case hex SHA-256 of ``text``.
    package let hash: String

    /// The start every Clientela token has, so secret scanners can recognise a leaked one.
    package static let marker = "clt_"

    /// A new random token.
    ///
    /// - Throws: ``CryptoError`` when the system's generator fails (never worked around).
    package static func generate() throws(CryptoError) -> ApiTokenSecret {
        let prefix = marker + Hex.encode(try SecureRandom.bytes(4))
        let text = prefix + "_" + Base64URL.encode(try SecureRandom.bytes(32))
        return ApiTokenSecret(text: text, prefix: prefix, hash: hash(of: text))
    }

    /// The stored hash of a presented token text.
    package static func hash(of text: String) -> String {
        Hex.encode(SHA256.hash(Array(text.utf8)))
    }

    /// Whether a presented text has a token's shape (`clt_`, 8 hex, `_`, 43 base64url
    /// characters), checked before any lookup so junk never reaches storage.
    package static func isWellFormed(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 4 + 8 + 1 + 43, text.hasPrefix(marker), bytes[12] == UInt8(ascii: "_") else { return false }
        let isHex = { (byte: UInt8) in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
        }
        let isBase64URL = { (byte: UInt8) in
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
        return bytes[4..<12].allSatisfy(isHex) && bytes[13...].allSatisfy(isBase64URL)
    }
}
