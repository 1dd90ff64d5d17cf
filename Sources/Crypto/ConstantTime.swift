internal import CCrypto

/// Comparison whose duration does not depend on where two byte strings differ.
package enum ConstantTime {
    /// Whether `a` and `b` hold the same bytes, compared with libcrypto's `CRYPTO_memcmp`.
    ///
    /// Lengths are compared first and openly: what we compare (hashes, MACs) has a public, fixed
    /// length, so only the content needs protecting; unequal lengths answer `false` without
    /// reading either content.
    ///
    /// - SeeAlso: https://docs.openssl.org/3.0/man3/CRYPTO_memcmp/
    package static func equals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        guard !a.isEmpty else { return true }
        return a.withUnsafeBytes { left in
            b.withUnsafeBytes { right in
                CRYPTO_memcmp(left.baseAddress, right.baseAddress, left.count) == 0
            }
        }
    }
}
