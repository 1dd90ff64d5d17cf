package import Crypto
import Foundation

/// The outside identity provider, read from the environment at start-up: none unless configured.
///
/// - `CLIENTELA_JWT_ISSUER`, `CLIENTELA_JWT_AUDIENCE`: required together with a key;
/// - `CLIENTELA_JWT_HS256_SECRET`: the shared secret as text (its UTF-8 bytes, at least 32), or
/// - `CLIENTELA_JWT_RS256_PUBLIC_KEY_FILE`: the path of the provider's public key in PEM;
/// - `CLIENTELA_JWT_LEEWAY_SECONDS`: clock skew allowed on `exp` and `nbf` (default 60).
///
/// Exactly one key: the key decides the one algorithm accepted. A half or contradictory setting
/// stops the start with a message, rather than running with logins that silently never work.
package enum IdentityProviderSettings {
    /// The verifier the environment describes, or nil when no `CLIENTELA_JWT_*` variable is set.
    ///
    /// - Throws: ``IdentityProviderSettingsError`` naming the variable at fault.
    package static func verifier(environment: [String: String]) throws(IdentityProviderSettingsError) -> JWTVerifier? {
        let relevant = environment.keys.filter { $0.hasPrefix("CLIENTELA_JWT_") }
        guard !relevant.isEmpty else { return nil }
        func required(_ name: String) throws(IdentityProviderSettingsError) -> String {
            guard let value = environment[name], !value.isEmpty else { throw .init("\(name) is required when an identity provider is configured") }
            return value
        }
        let issuer = try required("CLIENTELA_JWT_ISSUER")
        let audience = try required("CLIENTELA_JWT_AUDIENCE")
        let secret = environment["CLIENTELA_JWT_HS256_SECRET"]
        let keyFile = environment["CLIENTELA_JWT_RS256_PUBLIC_KEY_FILE"]
        let key: JWTKey
        switch (secret, keyFile) {
        case (let secret?, nil):
            key = .hs256(secret: Array(secret.utf8))
        case (nil, let path?):
            guard let pem = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw .init("CLIENTELA_JWT_RS256_PUBLIC_KEY_FILE: cannot read \(path)")
            }
            do {
                key = .rs256(try RSAPublicKey(pem: pem))
            } catch {
                throw .init("CLIENTELA_JWT_RS256_PUBLIC_KEY_FILE: \(error)")
            }
        case (nil, nil):
            throw .init("set CLIENTELA_JWT_HS256_SECRET or CLIENTELA_JWT_RS256_PUBLIC_KEY_FILE")
        case (_?, _?):
            throw .init("set CLIENTELA_JWT_HS256_SECRET or CLIENTELA_JWT_RS256_PUBLIC_KEY_FILE, not both: the key decides the one algorithm accepted")
        }
        do {
            try key.validate()
        } catch {
            throw .init("CLIENTELA_JWT_HS256_SECRET: \(error)")
        }
        var leeway = JWTConfiguration.defaultLeeway
        if let text = environment["CLIENTELA_JWT_LEEWAY_SECONDS"] {
            guard let seconds = Int(text), (0...600).contains(seconds) else {
                throw .init("CLIENTELA_JWT_LEEWAY_SECONDS must be a number of seconds from 0 to 600")
            }
            leeway = .seconds(seconds)
        }
        return JWTVerifier(JWTConfiguration(issuer: issuer, audience: audience, key: key, leeway: leeway))
    }
}

/// A setting of the identity provider that cannot be used, with the variable at fault.
package struct IdentityProviderSettingsError: Error, Sendable, Equatable, CustomStringConvertible {
    package let description: String

    init(_ description: String) {
        self.description = description
    }
}
