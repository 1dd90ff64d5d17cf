/// Why a request could not be read: each case maps to the status the server answers with before
/// it closes the connection (a connection whose framing is in doubt cannot be trusted for the next
/// request, so every parse error closes it).
package struct HTTPParseError: Error, Sendable, Equatable, CustomStringConvertible {
    package enum Kind: Sendable, Equatable {
        /// Bad syntax or ambiguous framing: 400.
        case malformed
        /// Request line over the limit: 414.
        case requestLineTooLong
        /// Header section or field count over the limit: 431.
        case headerFieldsTooLarge
        /// Body over the limit: 413.
        case contentTooLarge
        /// A transfer coding other than `chunked`: 501.
        case unsupportedTransferCoding
        /// An HTTP major version other than 1: 505.
        case versionNotSupported
        /// An `Expect` other than `100-continue`: 417.
        case expectationFailed
    }

    package var kind: Kind
    /// A sentence naming the problem, for the client and the log.
    package var reason: String

    package init(_ kind: Kind, _ reason: String) {
        self.kind = kind
        self.reason = reason
    }

    package var status: HTTPStatus {
        switch kind {
        case .malformed: .badRequest
        case .requestLineTooLong: .uriTooLong
        case .headerFieldsTooLarge: .requestHeaderFieldsTooLarge
        case .contentTooLarge: .contentTooLarge
        case .unsupportedTransferCoding: .notImplemented
        case .versionNotSupported: .httpVersionNotSupported
        case .expectationFailed: .expectationFailed
        }
    }

    package var refusal: HTTPRefusal {
        HTTPRefusal(status: status, reason: reason)
    }

    package var description: String { "\(status): \(reason)" }
}
