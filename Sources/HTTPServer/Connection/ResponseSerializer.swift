/// Writes a response's bytes: status line, the handler's fields, then the fields the server owns.
///
/// The server owns `Content-Length`, `Date`, `Connection` and `Transfer-Encoding`: a handler's
/// own values for them are dropped, because a wrong `Content-Length` from a handler would
/// desynchronize the connection. The status line always says HTTP/1.1, the highest version the
/// server speaks (RFC 9110 §6.2), also to an HTTP/1.0 client.
enum ResponseSerializer {
    static let continueBytes = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// - Parameters:
    ///   - omitBody: a response to HEAD: the headers (with the length the body would have) only.
    ///   - connection: the `Connection` value to send, if any (`close`, or `keep-alive` to an
    ///     HTTP/1.0 client that asked for it).
    static func serialize(_ response: HTTPResponse, omitBody: Bool, connection: String?, date: [UInt8]) -> [UInt8] {
        let code = response.status.code
        let hasBody = !(code < 200 || code == 204 || code == 304)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128 + response.headers.count * 40 + (omitBody || !hasBody ? 0 : response.body.count))
        bytes.append(contentsOf: "HTTP/1.1 \(code) \(response.status.reason)\r\n".utf8)
        for field in response.headers where !isServerOwned(field.name) {
            bytes.append(contentsOf: field.name.utf8)
            bytes.append(contentsOf: ": ".utf8)
            bytes.append(contentsOf: field.value.utf8)
            bytes.append(contentsOf: "\r\n".utf8)
        }
        if hasBody {
            bytes.append(contentsOf: "Content-Length: \(response.body.count)\r\n".utf8)
        }
        bytes.append(contentsOf: "Date: ".utf8)
        bytes.append(contentsOf: date)
        bytes.append(contentsOf: "\r\n".utf8)
        if let connection {
            bytes.append(contentsOf: "Connection: \(connection)\r\n".utf8)
        }
        bytes.append(contentsOf: "\r\n".utf8)
        if hasBody, !omitBody {
            bytes.append(contentsOf: response.body)
        }
        return bytes
    }

    private static func isServerOwned(_ name: String) -> Bool {
        switch name.utf8.count {
        case 4: name.lowercased() == "date"
        case 10: name.lowercased() == "connection"
        case 14: name.lowercased() == "content-length"
        case 17: name.lowercased() == "transfer-encoding"
        default: false
        }
    }
}
