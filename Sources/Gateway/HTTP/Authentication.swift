package import GraphQL

/// The outcome of authenticating one request.
package enum Authentication: Sendable {
    /// The request runs with `context` (what resolvers see as `context.request`); `userId` is
    /// written in the access log, nil for a caller that is no user.
    case authenticated(context: any RequestContext, userId: String?)
    /// No usable credentials: the gateway answers 401 with an UNAUTHENTICATED error whose message
    /// is `reason`, so it must name the problem without echoing the token.
    case refused(reason: String)
}
