import CCrypto
import Crypto

/// Signs JWS signing inputs in the tests: HS256 with our HMAC, RS256 with libcrypto's
/// `EVP_DigestSign` over a private key read from a fixture.
enum TestSigner {
    case hs256(secret: [UInt8])
    case rs256(privateKeyPEM: String)

    var algorithm: String {
        switch self {
        case .hs256: "HS256"
        case .rs256: "RS256"
        }
    }

    func sign(_ input: [UInt8]) throws -> [UInt8] {
        switch self {
        case .hs256(let secret):
            return HMACSHA256.authenticationCode(key: secret, message: input)
        case .rs256(let pem):
            return try Self.rsaSign(input, pem: pem)
        }
    }

    private static func rsaSign(_ input: [UInt8], pem: String) throws -> [UInt8] {
        let pemBytes = Array(pem.utf8)
        let key: OpaquePointer? = pemBytes.withUnsafeBytes { buffer in
            guard let bio = BIO_new_mem_buf(buffer.baseAddress, Int32(buffer.count)) else { return nil }
            defer { BIO_free(bio) }
            return PEM_read_bio_PrivateKey(bio, nil, nil, nil)
        }
        guard let key else { throw SigningFailure(step: "PEM_read_bio_PrivateKey") }
        defer { EVP_PKEY_free(key) }
        guard let context = EVP_MD_CTX_new() else { throw SigningFailure(step: "EVP_MD_CTX_new") }
        defer { EVP_MD_CTX_free(context) }
        var keyContext: OpaquePointer? = nil
        guard EVP_DigestSignInit(context, &keyContext, EVP_sha256(), nil, key) == 1,
              EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING) == 1
        else { throw SigningFailure(step: "EVP_DigestSignInit") }
        var length = 0
        guard EVP_DigestSign(context, nil, &length, input, input.count) == 1 else {
            throw SigningFailure(step: "EVP_DigestSign (size)")
        }
        var signature = [UInt8](repeating: 0, count: length)
        guard EVP_DigestSign(context, &signature, &length, input, input.count) == 1 else {
            throw SigningFailure(step: "EVP_DigestSign")
        }
        return Array(signature[..<length])
    }

    struct SigningFailure: Error, CustomStringConvertible {
        var step: String
        var description: String { "test signing failed at \(step)" }
    }
}
