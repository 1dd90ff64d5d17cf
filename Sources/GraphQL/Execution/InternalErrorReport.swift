/// What the engine tells its host about an internal error, so the host can log it (with its own
/// request id) while the caller sees only "Internal server error".
package struct InternalErrorReport: Sendable {
    /// The error as thrown, or the defect found while completing a value.
    package let error: any Error
    /// `Type.field` whose resolution failed.
    package let coordinate: String
    /// The response path of the field.
    package let path: [PathComponent]
    /// The request's context, to find the request id or the caller.
    package let context: any RequestContext
}

/// Called for each internal error; returns entries to add to the error's `extensions`, such as
/// `["requestId": "…"]`, so that the caller can quote it to support.
package typealias InternalErrorHandler = @Sendable (InternalErrorReport) -> [String: Value]
