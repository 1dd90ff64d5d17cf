import GraphQL
import Tenancy

extension ClientRepositoryError {
    /// The error a resolver throws. NOT_FOUND carries the same text as for an id that was never
    /// used (``ResolverError/notFound(_:)``), so the two are indistinguishable; an exhausted
    /// refid is no refusal and stays an internal error.
    var resolverError: any Error {
        switch self {
        case .notFound: ResolverError.notFound("client")
        case .refidExhausted: self
        default: ResolverError(message, code: code, extensions: extensions)
        }
    }
}
