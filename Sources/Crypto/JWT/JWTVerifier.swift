package import Foundation
internal import GraphQL

/// Verifies JSON Web Tokens (RFC 7519) from one outside identity provider: compact JWS only,
/// signed with the one configured algorithm.
///
/// The order of the checks is the point:
/// 1. the token is three strict base64url parts;
/// 2. the header is a JSON object whose `alg` is exactly the configured one (so `none`, and
///    HS256 presented to an RS256 verifier or the reverse, are refused: algorithm confusion) and
///    which has no `crit`;
/// 3. the signature is checked (an HMAC compared in constant time) — nothing in the claims is
///    read before this;
/// 4. the claims: a JSON object; `iss`, `aud`, `exp`, `nbf`, `iat`, `sub` (see
///    ``JWTVerifier+Claims``).
///
/// JSON is read with the engine's `JSONReader`: strict RFC 8259, checked UTF-8, bounded depth,
/// exact integers; a repeated member keeps its last value, which RFC 7515 §4 allows. Writing a
/// second reader here would only add a second place for parsing bugs.
///
/// Only the JWS compact form is accepted: a JWE (five parts) or the JSON serialization is
/// `malformed`. `typ` and `kid` are not checked (one key is configured; RFC 7519 makes `typ`
/// optional).
package struct JWTVerifier: Sendable {
    /// The longest token read at all; longer ones are `malformed` before any decoding. Real
    /// tokens are well under 4 KiB; this keeps a hostile header from costing much work.
    package static let maximumTokenBytes = 16 * 1024

    package let configuration: JWTConfiguration

    package init(_ configuration: JWTConfiguration) {
        self.configuration = configuration
    }

    /// The claims of `token` if it passes every check at time `now`.
    ///
    /// - Throws: ``JWTError`` naming the first check that failed. Callers must answer every case
    ///   the same way (401 UNAUTHENTICATED) and keep the reason for the log.
    package func verify(_ token: String, now: Date) throws(JWTError) -> JWTClaims {
        let bytes = Array(token.utf8)
        guard bytes.count <= Self.maximumTokenBytes else { throw .malformed(.structure) }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw .malformed(.structure) }

        guard let headerBytes = Base64URL.decode(bytes: parts[0]) else { throw .malformed(.encoding(.header)) }
        guard let payloadBytes = Base64URL.decode(bytes: parts[1]) else { throw .malformed(.encoding(.payload)) }
        guard let signature = Base64URL.decode(bytes: parts[2]) else { throw .malformed(.encoding(.signature)) }

        try checkHeader(headerBytes)

        // The signing input is the two encoded parts as sent, joined by the dot (RFC 7515 §5.2).
        let signingInput = bytes[..<parts[1].endIndex]
        guard signatureMatches(signature, over: signingInput) else { throw .badSignature }

        return try claims(from: payloadBytes, now: now)
    }

    /// Refuses a header that is not a JSON object, names another algorithm, or has `crit`.
    private func checkHeader(_ bytes: [UInt8]) throws(JWTError) {
        guard let header = (try? JSONReader.parse(bytes))?.objectValue else {
            throw .malformed(.notJSONObject(.header))
        }
        guard header["alg"]?.stringValue == configuration.key.algorithm else { throw .unsupportedAlgorithm }
        guard header["crit"] == nil else { throw .malformed(.criticalHeader) }
    }

    private func signatureMatches(_ signature: [UInt8], over signingInput: ArraySlice<UInt8>) -> Bool {
        switch configuration.key {
        case .hs256(let secret):
            let expected = HMACSHA256.authenticationCode(key: secret, message: signingInput)
            return ConstantTime.equals(expected, signature)
        case .rs256(let key):
            return key.verifySHA256(signature: signature, message: signingInput)
        }
    }
}
