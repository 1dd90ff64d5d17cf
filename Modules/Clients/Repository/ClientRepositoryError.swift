package import GraphQL
package import Tenancy

/// Why a client write was refused, with the code the API answers.
package enum ClientRepositoryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The email is held by another client of the organization that is not deleted; `holder` is
    /// that client's refid when the caller's scope reaches it, nil otherwise (a caller learns no
    /// more than that the value is taken).
    case duplicateEmail(holder: RefID?)
    /// The tax id is held by another client, as for ``duplicateEmail(holder:)``.
    case duplicateTaxID(holder: RefID?)
    /// No such client in the caller's scope (or it is in the wrong deletion state for the call).
    case notFound(ClientID)
    /// The lifecycle does not allow the move.
    case transitionDenied(LifecycleError)
    /// The assignee is not an active team member (owner, admin or member) of the client's
    /// organization.
    case invalidAssignee(UserID)
    /// Fresh refids kept colliding: a sign of a broken random source, never of bad luck.
    case refidExhausted(attempts: Int)

    package var code: ErrorCode {
        switch self {
        case .duplicateEmail: ClientErrorCodes.duplicateEmail
        case .duplicateTaxID: ClientErrorCodes.duplicateTaxID
        case .notFound: .notFound
        case .transitionDenied(let error): error.code
        case .invalidAssignee: .badUserInput
        case .refidExhausted: .internalServerError
        }
    }

    package var message: String {
        switch self {
        case .duplicateEmail(let holder):
            "Another client of the organization already has this email" + (holder.map { " (\($0))" } ?? "")
        case .duplicateTaxID(let holder):
            "Another client of the organization already has this tax id" + (holder.map { " (\($0))" } ?? "")
        case .notFound: "Client not found"
        case .transitionDenied(let error): error.message
        case .invalidAssignee: "assignedTo must be an active member of the client's organization"
        case .refidExhausted(let attempts): "No free refid after \(attempts) attempts"
        }
    }

    /// The `extensions` beside the code: the input field at fault (`email`, `taxId`,
    /// `assignedToId`) with, for a duplicate, the holder's refid when the caller may see it; or
    /// the lifecycle's from/to/allowed.
    package var extensions: [String: Value] {
        switch self {
        case .duplicateEmail(let holder): Self.duplicate(field: "email", holder: holder)
        case .duplicateTaxID(let holder): Self.duplicate(field: "taxId", holder: holder)
        case .transitionDenied(let error): error.extensions
        case .invalidAssignee: ["field": .string("assignedToId")]
        case .notFound, .refidExhausted: [:]
        }
    }

    private static func duplicate(field: String, holder: RefID?) -> [String: Value] {
        var entries: [String: Value] = ["field": .string(field)]
        if let holder { entries["refid"] = .string(holder.value) }
        return entries
    }

    package var description: String { "\(code): \(message)" }
}
