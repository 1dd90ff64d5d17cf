/// Recognises metadata keys that name a secret, so that they are refused.
///
/// A key is split into words at `_`, `.`, `-`, digits and lower-to-upper case changes
/// (`stripe_api_key` → stripe, api, key; `accessKeyId` → access, key, id), and the words are
/// compared lower-cased. The key names a secret when:
/// - one word is in ``secretWords``: password, passwd, pwd, passphrase, passcode, secret(s),
///   token(s), credential(s), apikey, accesskey, privatekey, secretkey, signingkey, sessionkey;
/// - two adjacent words form one of the compound entries: api key, access key, private key,
///   secret key, signing key, session key (`api_key`, `privateKey`, `ACCESS-KEY`);
/// - a single word contains one of the unmistakable compounds ``secretFragments`` (password,
///   passwd, apikey, accesskey, privatekey, secretkey), which catches run-together keys such as
///   `stripeapikey` or `dbpassword`.
///
/// Whole words, not substrings, for the short words, so `secretary`, `tokenizer_version` or
/// `passage` stay allowed; a few false refusals of a compound (`passwordless_login`) are the
/// price of catching `dbpassword`.
package enum SecretKeyNames {
    package static let secretWords: Set<String> = [
        "password", "passwords", "passwd", "pwd", "passphrase", "passcode",
        "secret", "secrets", "token", "tokens", "credential", "credentials",
        "apikey", "accesskey", "privatekey", "secretkey", "signingkey", "sessionkey",
    ]
    package static let secretFragments = ["password", "passwd", "apikey", "accesskey", "privatekey", "secretkey"]

    /// Whether `key` names a secret.
    package static func namesSecret(_ key: String) -> Bool {
        let words = words(of: key)
        for (index, word) in words.enumerated() {
            if secretWords.contains(word) { return true }
            if secretFragments.contains(where: { word.contains($0) }) { return true }
            if index + 1 < words.count, secretWords.contains(word + words[index + 1]) { return true }
        }
        return false
    }

    /// The lower-cased words of a key.
    static func words(of key: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for character in key {
            if !character.isLetter {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousWasLower = false
                continue
            }
            if character.isUppercase, previousWasLower, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.append(contentsOf: character.lowercased())
            previousWasLower = character.isLowercase
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
