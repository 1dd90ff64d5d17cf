/// The one key, and with it the one algorithm, a ``JWTVerifier`` accepts.
///
/// Binding the algorithm to the key type is what defeats algorithm confusion: a verifier holding
/// an RSA key never computes an HMAC, so a token signed with HS256 using the public key's PEM as
/// the secret is refused before any signature is checked.
package enum JWTKey: Sendable {
    /// HMAC-SHA256 with a secret shared with the identity provider (RFC 7518 §3.2).
    case hs256(secret: [UInt8])
    /// RSASSA-PKCS1-v1_5 with SHA-256, checked with the provider's public key (RFC 7518 §3.3).
    case rs256(RSAPublicKey)

    /// The shortest HS256 secret ``validate()`` accepts: the hash output size, as RFC 7518 §3.2
    /// requires.
    package static let minimumSecretBytes = 32

    /// The `alg` header value this key verifies, compared exactly (case-sensitive).
    package var algorithm: String {
        switch self {
        case .hs256: "HS256"
        case .rs256: "RS256"
        }
    }

    /// Checks the key is strong enough, for whoever loads the configuration to call at start-up.
    ///
    /// RSA keys are checked when they are read (``RSAPublicKey/init(pem:)``); an HS256 secret is
    /// only bytes, and an enum case cannot refuse them, so this is a separate step. The verifier
    /// does not repeat it per token: a configuration error should stop the server, not make
    /// every login fail with a reason that looks like the caller's.
    ///
    /// - Throws: ``CryptoError`` `.weakSecret` for an HS256 secret under 32 bytes.
    package func validate() throws(CryptoError) {
        if case .hs256(let secret) = self, secret.count < Self.minimumSecretBytes {
            throw CryptoError(
                .weakSecret(bytes: secret.count),
                "an HS256 secret of \(secret.count) bytes; at least \(Self.minimumSecretBytes) are required"
            )
        }
    }
}

/// A key prints as its algorithm and size only: an HS256 secret must never reach a log because a
/// configuration or a verifier was interpolated into a message (the default description of a
/// struct would print every byte).
extension JWTKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    package var description: String {
        switch self {
        case .hs256(let secret): "HS256(secret: \(secret.count) bytes, redacted)"
        case .rs256(let key): "RS256(RSA public key, \(key.bits) bits)"
        }
    }

    package var debugDescription: String { description }

    package var customMirror: Mirror {
        Mirror(self, children: ["algorithm": algorithm], displayStyle: .enum)
    }
}
