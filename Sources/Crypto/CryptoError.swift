internal import CCrypto

/// A failure of the crypto layer: the system's random generator, or a key that cannot be used.
///
/// The message carries libcrypto's own error text when libcrypto reported one, so a log says why
/// a key was refused; it never contains secret material (keys are public, secrets are never
/// formatted).
package struct CryptoError: Error, Sendable, Equatable, CustomStringConvertible {
    package enum Code: Sendable, Equatable {
        /// `RAND_bytes` failed: the generator is not seeded or not available. Never worked around.
        case randomUnavailable
        /// The text is not a PEM block we read ("PUBLIC KEY" or "RSA PUBLIC KEY"), or libcrypto
        /// could not decode it.
        case invalidKey
        /// The key decodes but is not an RSA key (EC, Ed25519, RSA-PSS, …).
        case unsupportedKeyType
        /// The RSA modulus is shorter than the 2048 bits we require.
        case keyTooSmall(bits: Int)
        /// An HS256 secret shorter than the hash output (RFC 7518 §3.2 asks for at least 256 bits).
        case weakSecret(bytes: Int)
    }

    package let code: Code
    package let message: String

    package init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    package var description: String { "\(code): \(message)" }

    /// An error whose message ends with the reasons libcrypto queued on this thread, which it
    /// also clears so that a later call does not report a stale reason.
    static func libcrypto(_ code: Code, _ message: String) -> CryptoError {
        let reasons = LibcryptoErrorQueue.drain()
        return CryptoError(code, reasons.isEmpty ? message : "\(message) (\(reasons))")
    }
}
