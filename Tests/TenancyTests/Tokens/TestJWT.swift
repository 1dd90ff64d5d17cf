import Crypto
import Foundation

/// Builds compact JWS tokens for the tests, signed with HS256 through libcrypto's HMAC.
enum TestJWT {
    static let secret = Array("a-shared-secret-of-at-least-32-bytes!!".utf8)
    static let issuer = "https://id.example.com/"
    static let audience = "clientela"

    static var configuration: JWTConfiguration {
        JWTConfiguration(issuer: issuer, audience: audience, key: .hs256(secret: secret), leeway: .seconds(0))
    }

    /// A token with these claims; `alg` and the signing secret can be changed to forge one.
    static func token(
        subject: String, issuer: String = issuer, audience: String = audience, expires: Date, notBefore: Date? = nil,
        alg: String = "HS256", secret: [UInt8] = secret, signed: Bool = true
    ) -> String {
        let header = Base64URL.encode(Array(#"{"alg":"\#(alg)","typ":"JWT"}"#.utf8))
        var claims = #"{"sub":"\#(subject)","iss":"\#(issuer)","aud":"\#(audience)","exp":\#(Int(expires.timeIntervalSince1970))"#
        if let notBefore { claims += #","nbf":\#(Int(notBefore.timeIntervalSince1970))"# }
        claims += "}"
        let input = header + "." + Base64URL.encode(Array(claims.utf8))
        guard signed else { return input + "." }
        return input + "." + Base64URL.encode(HMACSHA256.authenticationCode(key: secret, message: Array(input.utf8)))
    }
}
