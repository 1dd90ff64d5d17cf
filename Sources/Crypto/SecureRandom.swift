internal import CCrypto

/// Bytes from libcrypto's CSPRNG (`RAND_bytes`, seeded from the operating system).
package enum SecureRandom {
    /// `count` unpredictable bytes.
    ///
    /// - Throws: ``CryptoError`` with code `.randomUnavailable` when the generator fails; there is
    ///   deliberately no fallback to a weaker source, because a predictable API token is worse
    ///   than no token.
    /// - SeeAlso: https://docs.openssl.org/3.0/man3/RAND_bytes/
    package static func bytes(_ count: Int) throws(CryptoError) -> [UInt8] {
        precondition(count >= 0 && count <= Int(Int32.max), "SecureRandom.bytes count out of range: \(count)")
        var bytes = [UInt8](repeating: 0, count: count)
        guard count > 0 else { return bytes }
        let status = bytes.withUnsafeMutableBufferPointer { RAND_bytes($0.baseAddress, Int32(count)) }
        guard status == 1 else {
            throw CryptoError.libcrypto(.randomUnavailable, "RAND_bytes could not produce \(count) bytes")
        }
        return bytes
    }
}
