/// The `extensions.code` of a GraphQL error: the machine-readable half of every error.
///
/// A struct rather than an enum so that business modules add their own codes
/// (`DUPLICATE_EMAIL`, …) without the engine knowing them.
package struct ErrorCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    package var rawValue: String

    package init(rawValue: String) {
        self.rawValue = rawValue
    }

    package init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    package var description: String { rawValue }

    package static let parseFailed = ErrorCode("GRAPHQL_PARSE_FAILED")
    package static let validationFailed = ErrorCode("GRAPHQL_VALIDATION_FAILED")
    package static let badUserInput = ErrorCode("BAD_USER_INPUT")
    package static let unauthenticated = ErrorCode("UNAUTHENTICATED")
    package static let forbidden = ErrorCode("FORBIDDEN")
    package static let notFound = ErrorCode("NOT_FOUND")
    package static let queryTooComplex = ErrorCode("QUERY_TOO_COMPLEX")
    package static let internalServerError = ErrorCode("INTERNAL_SERVER_ERROR")
    /// The request names an operation that is not in the document, or names none where several are.
    package static let operationResolutionFailure = ErrorCode("OPERATION_RESOLUTION_FAILURE")
}
