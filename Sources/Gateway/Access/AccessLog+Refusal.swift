import Foundation
import GraphQL

extension AccessLog {
    /// Logs why a request's credentials were refused, for the operators.
    ///
    /// The caller gets one uniform answer whatever failed (see ``TenancyAuthenticator``), so this
    /// line is the only place the difference between "revoked", "expired" and "forged" shows. The
    /// reason is Tenancy's `TokenRefusal` description, which carries nothing of the presented
    /// credential; the token itself is never written anywhere.
    func recordRefusal(reason: String, requestId: String, time: Date = Date()) {
        let fields: [(String, Value)] = [
            ("time", .string(RFC3339Timestamp.format(time))),
            ("event", "authenticationRefused"),
            ("requestId", .string(requestId)),
            ("reason", .string(reason)),
        ]
        record(line: JSONWriter.text(of: .object(OrderedObject(fields))))
    }
}
