internal import CCrypto

/// HMAC-SHA256 (RFC 2104) through libcrypto's one-shot `HMAC()`.
package enum HMACSHA256 {
    /// The code length in bytes.
    package static let byteCount = 32

    /// The authentication code of `message` under `key`.
    ///
    /// An empty key is legal HMAC (it is padded with zeros); libcrypto is given a pointer to a
    /// byte it will not read rather than NULL, because some releases treat a NULL key as "reuse
    /// the previous key".
    ///
    /// - SeeAlso: https://docs.openssl.org/3.0/man3/HMAC/
    package static func authenticationCode(key: [UInt8], message: some Collection<UInt8>) -> [UInt8] {
        var code = [UInt8](repeating: 0, count: byteCount)
        var length: UInt32 = 0
        var placeholder: UInt8 = 0
        let result = withContiguousBytes(message) { input in
            code.withUnsafeMutableBufferPointer { output in
                key.withUnsafeBufferPointer { keyBytes in
                    withUnsafePointer(to: &placeholder) { empty in
                        HMAC(
                            EVP_sha256(),
                            keyBytes.baseAddress ?? empty, Int32(keyBytes.count),
                            input.baseAddress ?? empty, input.count,
                            output.baseAddress, &length
                        )
                    }
                }
            }
        }
        precondition(result != nil && length == UInt32(byteCount), "HMAC(SHA-256) failed: \(LibcryptoErrorQueue.drain())")
        return code
    }
}
