internal import Foundation
internal import GraphQL

/// The claim checks, run only after the signature has been verified.
///
/// Order: `iss`, `aud`, `exp`, `nbf`, `iat`, `sub` — the first failure is the reason reported.
/// NumericDate values (RFC 7519 §2) may be integers or fractions; anything else in a registered
/// claim is `malformed(.claimType)`.
extension JWTVerifier {
    func claims(from payload: [UInt8], now: Date) throws(JWTError) -> JWTClaims {
        guard let object = (try? JSONReader.parse(payload))?.objectValue else {
            throw .malformed(.notJSONObject(.payload))
        }
        var all: [String: Value] = [:]
        for entry in object { all[entry.key] = entry.value }

        let issuer: String
        switch all["iss"] {
        case .string(let value)?: issuer = value
        case nil: throw .wrongIssuer
        default: throw .malformed(.claimType("iss"))
        }
        guard issuer == configuration.issuer else { throw .wrongIssuer }

        let audience = try Self.audience(all["aud"])
        guard audience.contains(configuration.audience) else { throw .wrongAudience }

        let leeway = Self.seconds(configuration.leeway)
        let current = now.timeIntervalSince1970
        guard let expiry = try Self.numericDate(all["exp"], name: "exp") else { throw .malformed(.missingExpiry) }
        // RFC 7519 §4.1.4: not accepted "on or after" the expiry.
        guard current < expiry + leeway else { throw .expired }
        let notBefore = try Self.numericDate(all["nbf"], name: "nbf")
        if let notBefore, notBefore > current + leeway { throw .notYetValid }
        let issuedAt = try Self.numericDate(all["iat"], name: "iat")
        if let issuedAt, issuedAt > current + leeway { throw .notYetValid }

        let subject: String
        switch all["sub"] {
        case .string(let value)? where !value.isEmpty: subject = value
        case .string?, nil: throw .missingSubject
        default: throw .malformed(.claimType("sub"))
        }

        return JWTClaims(
            subject: subject, issuer: issuer, audience: audience,
            expiresAt: Date(timeIntervalSince1970: expiry),
            notBefore: notBefore.map { Date(timeIntervalSince1970: $0) },
            issuedAt: issuedAt.map { Date(timeIntervalSince1970: $0) },
            all: all
        )
    }

    /// `aud` as a list: a single string, or an array of strings (RFC 7519 §4.1.3); missing → refused.
    private static func audience(_ value: Value?) throws(JWTError) -> [String] {
        switch value {
        case nil: throw .wrongAudience
        case .string(let single)?: return [single]
        case .list(let values)?:
            var audiences: [String] = []
            for value in values {
                guard let audience = value.stringValue else { throw .malformed(.claimType("aud")) }
                audiences.append(audience)
            }
            return audiences
        default: throw .malformed(.claimType("aud"))
        }
    }

    /// Seconds since the epoch, `nil` when the claim is absent.
    private static func numericDate(_ value: Value?, name: String) throws(JWTError) -> Double? {
        switch value {
        case nil: return nil
        case .int(let seconds)?: return Double(seconds)
        case .float(let seconds)? where seconds.isFinite: return seconds
        default: throw .malformed(.claimType(name))
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
