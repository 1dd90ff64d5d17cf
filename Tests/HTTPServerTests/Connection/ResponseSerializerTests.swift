import Testing

@testable import HTTPServer

@Suite struct ResponseSerializerTests {
    private static let date = Array("Tue, 01 Dec 2026 05:51:03 GMT".utf8)

    @Test func writesStatusFieldsLengthDateThenBody() {
        let response = HTTPResponse(status: .ok, headers: ["Content-Type": "text/plain"], body: Array("hi".utf8))
        let bytes = ResponseSerializer.serialize(response, omitBody: false, connection: nil, date: Self.date)
        #expect(String(decoding: bytes, as: UTF8.self)
            == "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nDate: Tue, 01 Dec 2026 05:51:03 GMT\r\n\r\nhi")
    }

    @Test func replacesTheFieldsTheServerOwns() {
        let response = HTTPResponse(
            status: .ok,
            headers: ["content-length": "999", "Transfer-Encoding": "chunked", "CONNECTION": "upgrade", "Date": "yesterday", "X-Kept": "1"],
            body: Array("abc".utf8)
        )
        let text = String(decoding: ResponseSerializer.serialize(response, omitBody: false, connection: "close", date: Self.date), as: UTF8.self)
        #expect(text == "HTTP/1.1 200 OK\r\nX-Kept: 1\r\nContent-Length: 3\r\nDate: Tue, 01 Dec 2026 05:51:03 GMT\r\nConnection: close\r\n\r\nabc")
    }

    @Test func headKeepsTheLengthButNotTheBodyAndNoContentHasNeither() {
        let response = HTTPResponse(status: .ok, body: Array("hello".utf8))
        let head = String(decoding: ResponseSerializer.serialize(response, omitBody: true, connection: nil, date: Self.date), as: UTF8.self)
        #expect(head.hasSuffix("Content-Length: 5\r\nDate: Tue, 01 Dec 2026 05:51:03 GMT\r\n\r\n"))
        let empty = String(decoding: ResponseSerializer.serialize(HTTPResponse(status: .noContent, body: [1]), omitBody: false, connection: nil, date: Self.date), as: UTF8.self)
        #expect(empty == "HTTP/1.1 204 No Content\r\nDate: Tue, 01 Dec 2026 05:51:03 GMT\r\n\r\n")
    }

    /// Lengths and status codes are written digit by digit; every length must read back.
    @Test(arguments: [0, 1, 9, 10, 99, 100, 101, 1_000, 65_535, 1_048_576, 10_000_001])
    func writesEveryLengthInDecimal(length: Int) {
        let response = HTTPResponse(status: HTTPStatus(299, "Custom"), body: Array(repeating: UInt8(ascii: "x"), count: length))
        let text = String(decoding: ResponseSerializer.serialize(response, omitBody: true, connection: nil, date: Self.date), as: UTF8.self)
        #expect(text == "HTTP/1.1 299 Custom\r\nContent-Length: \(length)\r\nDate: Tue, 01 Dec 2026 05:51:03 GMT\r\n\r\n")
    }

    /// Names of the owned fields' lengths that are not those fields stay.
    @Test func keepsFieldsWhoseNamesOnlyShareALengthWithAnOwnedOne() {
        let response = HTTPResponse(status: .ok, headers: ["Vary": "Accept", "Datf": "1", "Connectiom": "2"], body: [])
        let text = String(decoding: ResponseSerializer.serialize(response, omitBody: false, connection: nil, date: Self.date), as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 200 OK\r\nVary: Accept\r\nDatf: 1\r\nConnectiom: 2\r\nContent-Length: 0\r\n"))
    }

    @Test func formatsTheDateAsIMFFixdate() {
        #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.format(1_796_104_263) == "Tue, 01 Dec 2026 05:51:03 GMT")
    }

    @Test func sweepsAtAQuarterOfTheShortestTimeoutWithinBounds() {
        #expect(HTTPTimeouts().sweepInterval == .milliseconds(250))
        #expect(HTTPTimeouts(header: .milliseconds(400)).sweepInterval == .milliseconds(100))
        #expect(HTTPTimeouts(idle: .milliseconds(1)).sweepInterval == .milliseconds(5))
    }
}
