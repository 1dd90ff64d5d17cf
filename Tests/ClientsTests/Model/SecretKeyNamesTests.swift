import Clients
import Testing

@Suite struct SecretKeyNamesTests {
    @Test(arguments: [
        "password", "Password", "PASSWORD", "passwd", "pwd", "db_password", "dbPassword", "dbpassword", "user.password",
        "passphrase", "passcode", "secret", "client_secret", "clientSecret", "secrets", "token", "accessToken", "access_token",
        "refresh-token", "tokens", "credential", "credentials", "aws.credentials", "apiKey", "api_key", "API-KEY", "apikey",
        "stripe_api_key", "stripeApiKey", "stripeapikey", "accessKey", "aws_access_key_id", "AccessKeyID", "privateKey",
        "private_key", "ssh.privatekey", "secretKey", "signing_key", "sessionKey", "x2password",
    ])
    func refusesKeysNamingSecrets(key: String) {
        #expect(SecretKeyNames.namesSecret(key), "\(key) was not recognised")
    }

    @Test(arguments: [
        "secretary", "secretary_name", "tokenizer_version", "passage", "passport_country", "keynote", "key", "monkey",
        "api_version", "access_level", "private_notes", "public_key", "wedding.venue",
        "guests", "tier", "session_count", "signing_date", "pin_color",
    ])
    func allowsOrdinaryKeys(key: String) {
        #expect(!SecretKeyNames.namesSecret(key), "\(key) was refused")
    }
}
