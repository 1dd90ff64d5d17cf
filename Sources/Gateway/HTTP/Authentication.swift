package import GraphQL

/// The outcome of authenticating one request.
package enum Authentication: Sendable {
    /// The request runs with `context` (what resolvers see as `context.request`); `userId` is
    /// written in the access log, nil for a caller that is no user.
    case authenticated(context: any RequestContext, userId: String?)
    /// No usable credentials: the gateway answers 401 with an UNAUTHENTICATED error whose message
    /// is `reason`, so it must name the problem without echoing the token.
    case refused(reason: String)
    /// The credentials could not be checked (storage unreachable): an outage, not a refusal, so
    /// the gateway answers 503 with an INTERNAL_SERVER_ERROR carrying the request id, and logs
    /// `error` in full. Answering 401 instead would make clients throw away good tokens.
    ///
    /// Added to the agreed API: Tenancy's `TokenAuthenticator` throws `StorageError` for this case
    /// and leaves the answer to the gateway.
    case unavailable(error: any Error)
}
