internal import CCrypto

/// SHA-256 (FIPS 180-4) through libcrypto's `EVP_Digest`.
///
/// Used to store API tokens by their hash: a token is random and long, so a plain hash (no salt,
/// no stretching) is enough and lets the lookup be one indexed equality.
package enum SHA256 {
    /// The digest length in bytes.
    package static let byteCount = 32

    /// The SHA-256 digest of `bytes`.
    ///
    /// - SeeAlso: https://docs.openssl.org/3.0/man3/EVP_DigestInit/
    package static func hash(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: byteCount)
        var length: UInt32 = 0
        let status = withContiguousBytes(bytes) { input in
            digest.withUnsafeMutableBufferPointer { output in
                EVP_Digest(input.baseAddress, input.count, output.baseAddress, &length, EVP_sha256(), nil)
            }
        }
        // EVP_Digest with the built-in SHA-256 fails only when memory runs out or libcrypto is
        // broken: not a condition a caller can handle.
        precondition(status == 1 && length == UInt32(byteCount), "EVP_Digest(SHA-256) failed: \(LibcryptoErrorQueue.drain())")
        return digest
    }
}
