import Crypto

/// Builds compact JWS tokens from literal JSON, so tests control every byte of header and claims.
enum TestToken {
    /// `base64url(header).base64url(claims).base64url(signature over the first two)`.
    static func make(header: String, claims: String, signer: TestSigner) throws -> String {
        let input = Base64URL.encode(Array(header.utf8)) + "." + Base64URL.encode(Array(claims.utf8))
        let signature = try signer.sign(Array(input.utf8))
        return input + "." + Base64URL.encode(signature)
    }

    /// A header naming the signer's own algorithm.
    static func make(claims: String, signer: TestSigner) throws -> String {
        try make(header: #"{"alg":"\#(signer.algorithm)","typ":"JWT"}"#, claims: claims, signer: signer)
    }

    /// Claims JSON for the usual issuer and audience, with the times given (nil leaves one out).
    static func claims(
        issuer: String? = "https://id.example.com/",
        audience: String? = #""clientela""#,
        subject: String? = "user-42",
        expiresAt: Int? = TestClock.now + 3600,
        notBefore: Int? = nil,
        issuedAt: Int? = TestClock.now
    ) -> String {
        var members: [String] = []
        if let issuer { members.append(#""iss":"\#(issuer)""#) }
        if let audience { members.append(#""aud":\#(audience)"#) }
        if let subject { members.append(#""sub":"\#(subject)""#) }
        if let expiresAt { members.append(#""exp":\#(expiresAt)"#) }
        if let notBefore { members.append(#""nbf":\#(notBefore)"#) }
        if let issuedAt { members.append(#""iat":\#(issuedAt)"#) }
        return "{" + members.joined(separator: ",") + "}"
    }
}

/// The fixed "now" the JWT tests verify at (2025-01-01T00:00:00Z), so no test reads the clock.
enum TestClock {
    static let now = 1_735_689_600
}
