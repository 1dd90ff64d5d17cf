/// The sizes past which the server refuses a request instead of reading it.
///
/// The defaults are generous for a GraphQL API yet small enough that a hostile client cannot make
/// the server hold much memory per connection: api.md caps a GraphQL document at 100 KiB, and the
/// body allows 1 MiB so that large `variables` (an import batch) still fit beside it.
package struct HTTPLimits: Sendable, Equatable {
    /// The longest request line (method, target, version, without CRLF): 8 KiB, as most servers
    /// and proxies allow, so a `GET /graphql?query=…` of a few kilobytes passes. Longer → 414.
    package var maxRequestLineLength: Int
    /// The header section after the request line, CRLFs included (trailers of a chunked body
    /// count against it too): 16 KiB. Longer → 431.
    package var maxHeaderBytes: Int
    /// How many header fields a request may have: 100. More → 431.
    package var maxHeaderCount: Int
    /// The body, after chunked decoding: 1 MiB. Longer → 413, and straight away (without
    /// `100 Continue`) when `Content-Length` already says so.
    package var maxBodyBytes: Int

    package init(
        maxRequestLineLength: Int = 8 * 1024,
        maxHeaderBytes: Int = 16 * 1024,
        maxHeaderCount: Int = 100,
        maxBodyBytes: Int = 1024 * 1024
    ) {
        self.maxRequestLineLength = maxRequestLineLength
        self.maxHeaderBytes = maxHeaderBytes
        self.maxHeaderCount = maxHeaderCount
        self.maxBodyBytes = maxBodyBytes
    }
}
