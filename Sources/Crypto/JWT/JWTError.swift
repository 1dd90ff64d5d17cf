/// Why a token was refused: for the log only.
///
/// Every case must reach the caller the same way (401 UNAUTHENTICATED, same message), so that a
/// client cannot learn which check failed. The cases carry no text from the token itself: an
/// attacker's `alg` or `iss` could otherwise write whatever it likes into our logs.
package enum JWTError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not a well-formed compact JWS, or a registered claim of the wrong type.
    case malformed(Malformation)
    /// `alg` is missing, `none`, or not the configured algorithm.
    case unsupportedAlgorithm
    /// The signature does not match (checked before any claim is read).
    case badSignature
    /// `exp` has passed (beyond the leeway).
    case expired
    /// `nbf` or `iat` is in the future (beyond the leeway).
    case notYetValid
    /// `iss` is missing or not the configured issuer.
    case wrongIssuer
    /// `aud` is missing or does not name the configured audience.
    case wrongAudience
    /// `sub` is missing or empty.
    case missingSubject

    /// Which part of the token's structure is wrong.
    package enum Malformation: Sendable, Equatable {
        /// Not exactly three dot-separated parts, or longer than ``JWTVerifier/maximumTokenBytes``.
        case structure
        /// A part is not strict unpadded base64url.
        case encoding(Part)
        /// The header or the claims are not a JSON object.
        case notJSONObject(Part)
        /// The header has `crit`: extensions we do not understand must make us refuse (RFC 7515 §4.1.11).
        case criticalHeader
        /// A registered claim has the wrong JSON type (`exp` a string, `aud` a number, …).
        case claimType(String)
        /// No `exp`: we never accept a token that does not expire.
        case missingExpiry
    }

    /// The three parts of a compact JWS.
    package enum Part: String, Sendable, Equatable {
        case header, payload, signature
    }

    package var description: String {
        switch self {
        case .malformed(let malformation):
            switch malformation {
            case .structure: "malformed: not a compact JWS"
            case .encoding(let part): "malformed: \(part.rawValue) is not base64url"
            case .notJSONObject(let part): "malformed: \(part.rawValue) is not a JSON object"
            case .criticalHeader: "malformed: crit header"
            case .claimType(let name): "malformed: claim \(name) has the wrong type"
            case .missingExpiry: "malformed: no exp claim"
            }
        case .unsupportedAlgorithm: "unsupportedAlgorithm"
        case .badSignature: "badSignature"
        case .expired: "expired"
        case .notYetValid: "notYetValid"
        case .wrongIssuer: "wrongIssuer"
        case .wrongAudience: "wrongAudience"
        case .missingSubject: "missingSubject"
        }
    }
}
