/// One request as the server read it off a connection: the request line, the header fields and
/// the whole body (the server reads the body before calling the handler, within its size limit).
package struct HTTPRequest: Sendable {
    /// The method token as sent (`GET`, `POST`); methods are case-sensitive (RFC 9110 §9.1).
    package var method: String
    /// The request target as sent, such as `/graphql?query=%7B...%7D`.
    package var target: String
    /// The minor version of HTTP/1.x: 1 for HTTP/1.1, 0 for HTTP/1.0.
    package var minorVersion: Int
    package var headers: HTTPHeaders
    package var body: [UInt8]
    /// The peer's address as `host:port`, for the access log.
    package var remoteAddress: String

    package init(
        method: String,
        target: String,
        minorVersion: Int = 1,
        headers: HTTPHeaders = [:],
        body: [UInt8] = [],
        remoteAddress: String = ""
    ) {
        self.method = method
        self.target = target
        self.minorVersion = minorVersion
        self.headers = headers
        self.body = body
        self.remoteAddress = remoteAddress
    }

    /// The target's path, without the query: `/graphql` for `/graphql?query=…`.
    package var path: Substring {
        // Searched as bytes: `?` is ASCII, and a byte search skips grapheme breaking.
        if let mark = target.utf8.firstIndex(of: UInt8(ascii: "?")) { return target[..<mark] }
        return target[...]
    }

    /// The target's raw query, after the `?`, or nil when there is none.
    package var rawQuery: Substring? {
        guard let mark = target.utf8.firstIndex(of: UInt8(ascii: "?")) else { return nil }
        return target[target.utf8.index(after: mark)...]
    }

    /// The query's parameters, decoded as `application/x-www-form-urlencoded` (`+` is a space,
    /// `%XX` a byte, the bytes UTF-8), in order. A parameter that is not valid percent-encoded
    /// UTF-8 is nil, so the caller can answer 400 rather than guess.
    package var queryItems: [(name: String, value: String)]? {
        guard let rawQuery else { return [] }
        var items: [(name: String, value: String)] = []
        for pair in rawQuery.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = FormDecoding.decode(parts[0]),
                  let value = FormDecoding.decode(parts.count > 1 ? parts[1] : "")
            else { return nil }
            items.append((name, value))
        }
        return items
    }
}
