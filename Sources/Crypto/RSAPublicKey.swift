internal import CCrypto

/// An RSA public key of at least 2048 bits, read from PEM, that checks RS256 signatures.
///
/// A value type over a shared, immutable libcrypto key (``EVPPublicKey``): copies are cheap and
/// the key is freed when the last copy goes.
package struct RSAPublicKey: Sendable {
    /// The smallest modulus accepted (NIST SP 800-131A; RFC 7518 §3.3 asks for 2048 too).
    package static let minimumBits = 2048

    private let key: EVPPublicKey

    /// The modulus length in bits.
    package var bits: Int { key.bits }

    /// Reads the first PEM block of `pem`: "PUBLIC KEY" (SubjectPublicKeyInfo, what identity
    /// providers publish) or "RSA PUBLIC KEY" (PKCS#1).
    ///
    /// Text before the block is ignored, as `openssl` does; a private key or a certificate is
    /// refused (its label differs), so that a misconfiguration does not pass silently.
    ///
    /// - Throws: ``CryptoError`` `.invalidKey` when there is no such block or libcrypto cannot
    ///   decode it, `.unsupportedKeyType` for a non-RSA key (EC, Ed25519, RSA-PSS),
    ///   `.keyTooSmall` under 2048 bits.
    /// - SeeAlso: https://docs.openssl.org/3.0/man3/PEM_read_bio_PrivateKey/,
    ///   https://docs.openssl.org/3.0/man3/OSSL_DECODER_CTX_new_for_pkey/
    package init(pem: String) throws(CryptoError) {
        let label: PEMLabel
        switch Self.firstLabel(in: pem) {
        case "PUBLIC KEY": label = .subjectPublicKeyInfo
        case "RSA PUBLIC KEY": label = .pkcs1
        case let other?: throw CryptoError(.invalidKey, "a \"\(other.prefix(40))\" PEM block, not \"PUBLIC KEY\" or \"RSA PUBLIC KEY\"")
        case nil: throw CryptoError(.invalidKey, "no PEM block")
        }
        let pointer = try Self.read(pem, as: label)
        let key = EVPPublicKey(taking: pointer)
        guard key.isA("RSA") else {
            throw CryptoError(.unsupportedKeyType, "the key is not an RSA key")
        }
        guard key.bits >= Self.minimumBits else {
            throw CryptoError(.keyTooSmall(bits: key.bits), "an RSA key of \(key.bits) bits; at least \(Self.minimumBits) are required")
        }
        self.key = key
    }

    /// Whether `signature` is a valid RSASSA-PKCS1-v1_5 signature with SHA-256 of `message`
    /// (the JWS "RS256" algorithm, RFC 7518 §3.3).
    ///
    /// - SeeAlso: https://docs.openssl.org/3.0/man3/EVP_DigestVerifyInit/
    package func verifySHA256(signature: [UInt8], message: some Collection<UInt8>) -> Bool {
        guard !signature.isEmpty, let context = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(context) }
        var keyContext: OpaquePointer? = nil
        guard EVP_DigestVerifyInit(context, &keyContext, EVP_sha256(), nil, key.pointer) == 1,
              EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING) == 1
        else {
            LibcryptoErrorQueue.clear()
            return false
        }
        let status = withContiguousBytes(message) { input in
            signature.withUnsafeBufferPointer { signatureBytes in
                EVP_DigestVerify(context, signatureBytes.baseAddress, signatureBytes.count, input.baseAddress, input.count)
            }
        }
        // A wrong signature queues an error: expected, so dropped rather than left for the next
        // failure on this thread to report.
        if status != 1 { LibcryptoErrorQueue.clear() }
        return status == 1
    }

    private enum PEMLabel { case subjectPublicKeyInfo, pkcs1 }

    /// The label of the first "-----BEGIN LABEL-----" line, if any.
    private static func firstLabel(in pem: String) -> Substring? {
        guard let begin = pem.firstRange(of: "-----BEGIN ") else { return nil }
        let rest = pem[begin.upperBound...]
        guard let end = rest.firstRange(of: "-----") else { return nil }
        return rest[..<end.lowerBound]
    }

    /// Decodes the PEM into a new `EVP_PKEY` the caller owns.
    private static func read(_ pem: String, as label: PEMLabel) throws(CryptoError) -> OpaquePointer {
        let bytes = Array(pem.utf8)
        guard bytes.count < Int(Int32.max) else { throw CryptoError(.invalidKey, "the PEM text is too large") }
        let pointer: OpaquePointer? = bytes.withUnsafeBytes { buffer in
            guard let bio = BIO_new_mem_buf(buffer.baseAddress, Int32(buffer.count)) else { return nil }
            defer { BIO_free(bio) }
            switch label {
            case .subjectPublicKeyInfo:
                return PEM_read_bio_PUBKEY(bio, nil, nil, nil)
            case .pkcs1:
                // PEM_read_bio_RSAPublicKey is deprecated in OpenSSL 3; a decoder restricted to
                // the PKCS#1 ("type-specific") RSA structure reads the same block.
                var key: OpaquePointer? = nil
                guard let decoder = OSSL_DECODER_CTX_new_for_pkey(
                    &key, "PEM", "type-specific", "RSA", clientela_evp_pkey_public_key_selection(), nil, nil
                ) else { return nil }
                defer { OSSL_DECODER_CTX_free(decoder) }
                guard OSSL_DECODER_from_bio(decoder, bio) == 1 else {
                    if let key { EVP_PKEY_free(key) }
                    return nil
                }
                return key
            }
        }
        guard let pointer else {
            throw CryptoError.libcrypto(.invalidKey, "libcrypto could not read the public key")
        }
        // A successful PEM read can still leave entries (skipped blocks); start the next call clean.
        LibcryptoErrorQueue.clear()
        return pointer
    }
}
