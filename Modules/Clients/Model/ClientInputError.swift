package import GraphQL

/// Every problem found in one create or update input; nothing is written when there is one.
///
/// The GraphQL layer reports it as one error: ``code`` and ``message`` are the first issue's,
/// and ``extensions`` has that issue's `field` (and `reason`) plus `issues`, every problem as
/// `{field, code, message, reason?}`, so a form can mark all its bad fields after one round trip.
package struct ClientInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, in the order of the input's fields; never empty.
    package let issues: [ClientInputIssue]

    package init(_ issues: [ClientInputIssue]) {
        precondition(!issues.isEmpty, "an input error has at least one issue")
        self.issues = issues
    }

    package var code: ErrorCode { issues[0].code }
    package var field: String { issues[0].field }

    package var message: String {
        issues.count == 1 ? issues[0].message : "\(issues[0].message) (and \(issues.count - 1) more problem\(issues.count == 2 ? "" : "s"))"
    }

    package var extensions: [String: Value] {
        var entries = issues[0].extensions
        entries["issues"] = .list(issues.map(Self.entry))
        return entries
    }

    /// The `extensions` of one issue in `issues`: its field, code, message and reason.
    private static func entry(_ issue: ClientInputIssue) -> Value {
        var object = OrderedObject([("field", .string(issue.field)), ("code", .string(issue.code.rawValue)), ("message", .string(issue.message))])
        if let reason = issue.reason { object["reason"] = .string(reason) }
        return .object(object)
    }

    /// The error a resolver throws for this input.
    package var resolverError: ResolverError {
        ResolverError(message, code: code, extensions: extensions)
    }

    package var description: String { issues.map(\.description).joined(separator: "; ") }
}
