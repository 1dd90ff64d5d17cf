/// Requests the server must refuse, each with the status it must answer, and requests it must
/// accept; shared by the parser tests (fed in one piece and byte by byte) and the live tests.
enum RequestCorpus {
    struct Refused: Sendable, CustomStringConvertible {
        var name: String
        var bytes: [UInt8]
        var status: Int
        var description: String { name }

        init(_ name: String, _ text: String, _ status: Int) {
            self.name = name
            self.bytes = Array(text.utf8)
            self.status = status
        }
    }

    static let refused: [Refused] = [
        Refused("garbage", "garbage\r\n\r\n", 400),
        Refused("missing host on 1.1", "GET / HTTP/1.1\r\n\r\n", 400),
        Refused("two hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
        Refused("space before colon", "GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400),
        Refused("obs-fold", "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n  b\r\n\r\n", 400),
        Refused("invalid field name", "GET / HTTP/1.1\r\nHost: x\r\nX(A): 1\r\n\r\n", 400),
        Refused("empty field name", "GET / HTTP/1.1\r\nHost: x\r\n: 1\r\n\r\n", 400),
        Refused("control in value", "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u{01}b\r\n\r\n", 400),
        Refused("bare CR in value", "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n", 400),
        Refused("bare LF request line", "GET / HTTP/1.1\nHost: x\n\n", 400),
        Refused("bare LF in fields", "GET / HTTP/1.1\r\nHost: x\nX-A: 1\r\n\r\n", 400),
        Refused("invalid method", "GE(T / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Refused("double space", "GET  / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Refused("non-ASCII target", "GET /caf\u{E9} HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Refused("relative target", "GET index.html HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Refused("asterisk with GET", "GET * HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Refused("NUL in request line", "GET /\u{0} HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        Refused("short version", "GET / HTTP/1\r\nHost: x\r\n\r\n", 400),
        Refused("lowercase version", "GET / http/1.1\r\nHost: x\r\n\r\n", 400),
        Refused("HTTP/2", "GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505),
        Refused("non-digit length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1e3\r\n\r\n", 400),
        Refused("negative length", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400),
        Refused("conflicting lengths", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", 400),
        Refused("conflicting length list", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5, 6\r\n\r\nhello!", 400),
        Refused("length and chunked", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 400),
        Refused("chunked on 1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        Refused("gzip then chunked", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", 501),
        Refused("chunked not last", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n", 400),
        Refused("bad chunk size", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n", 400),
        Refused("chunk without CRLF", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n", 400),
        Refused("chunk over limit", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n200000\r\nab", 413),
        Refused("huge chunk size", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n", 413),
        Refused("length over limit", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n", 413),
        Refused("length over limit with 100-continue", "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2000000\r\n\r\n", 413),
        Refused("unknown expectation", "POST / HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\nContent-Length: 2\r\n\r\nhi", 417),
        Refused("request line too long", "GET /" + String(repeating: "a", count: 9000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        Refused("endless request line", "GET /" + String(repeating: "a", count: 9000), 414),
        Refused("header section too large", "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "b", count: 17000) + "\r\n\r\n", 431),
        Refused("endless header", "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "b", count: 17000), 431),
        Refused(
            "too many fields",
            "GET / HTTP/1.1\r\nHost: x\r\n" + (0..<100).map { "X-\($0): 1\r\n" }.joined() + "\r\n",
            431
        ),
    ]

    /// Valid requests with what the parser must make of them.
    struct Accepted: Sendable, CustomStringConvertible {
        var name: String
        var bytes: [UInt8]
        var method: String
        var target: String
        var body: String
        var keepAlive: Bool
        var description: String { name }

        init(_ name: String, _ text: String, _ method: String, _ target: String, body: String = "", keepAlive: Bool = true) {
            self.name = name
            self.bytes = Array(text.utf8)
            self.method = method
            self.target = target
            self.body = body
            self.keepAlive = keepAlive
        }
    }

    static let accepted: [Accepted] = [
        Accepted("simple get", "GET /graphql?query=%7Ba%7D HTTP/1.1\r\nHost: x\r\n\r\n", "GET", "/graphql?query=%7Ba%7D"),
        Accepted("leading empty line", "\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n", "GET", "/"),
        Accepted("close", "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "GET", "/", keepAlive: false),
        Accepted("1.0 default", "GET / HTTP/1.0\r\n\r\n", "GET", "/", keepAlive: false),
        Accepted("1.0 keep-alive", "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", "GET", "/"),
        Accepted("1.2 as 1.1", "GET / HTTP/1.2\r\nHost: x\r\n\r\n", "GET", "/"),
        Accepted("absolute form", "GET http://example.com/a?b=1 HTTP/1.1\r\nHost: example.com\r\n\r\n", "GET", "/a?b=1"),
        Accepted("options asterisk", "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n", "OPTIONS", "*"),
        Accepted("content length", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello", "POST", "/graphql", body: "hello"),
        Accepted("repeated equal lengths", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2, 2\r\n\r\nhi", "POST", "/", body: "hi"),
        Accepted(
            "chunked with extension and trailer",
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;name=value\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: 1\r\n\r\n",
            "POST", "/", body: "hello, world"
        ),
        Accepted("chunked upper hex", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: Chunked\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n", "POST", "/", body: "0123456789"),
        Accepted("field whitespace trimmed", "GET / HTTP/1.1\r\nHost:x\r\nX-Echo: \t spaced \t\r\n\r\n", "GET", "/"),
    ]
}
