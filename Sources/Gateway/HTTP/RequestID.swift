/// The identifier of one request: echoed in `X-Request-Id`, written in the access log, and put in
/// the `extensions` of every INTERNAL_SERVER_ERROR so a caller can quote it to support.
///
/// A client's own `X-Request-Id` is kept when it is sane (1 to ``maxLength`` characters among
/// letters, digits, `-`, `_`, `.`), so a request can be followed across services; anything else
/// is replaced rather than echoed, since the value goes into logs and headers verbatim.
package struct RequestID: Sendable, Hashable, CustomStringConvertible {
    package let text: String

    /// The longest client-supplied id kept (a UUID is 36).
    package static let maxLength = 64

    /// The request id of the request the current task serves, for code that only sees the
    /// engine's context (the internal-error hook).
    @TaskLocal package static var current: RequestID?

    /// A client's id, nil when it is absent or not sane.
    package init?(clientValue value: String?) {
        guard let value, (1...Self.maxLength).contains(value.utf8.count),
              value.utf8.allSatisfy(Self.isAllowed)
        else { return nil }
        text = value
    }

    /// A fresh id: 16 lowercase hex digits from 64 random bits, short enough to read aloud and
    /// unlikely to repeat among the requests one log holds.
    package static func generate() -> RequestID {
        var generator = SystemRandomNumberGenerator()
        return RequestID(unchecked: hex(generator.next() as UInt64))
    }

    private init(unchecked text: String) {
        self.text = text
    }

    package var description: String { text }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            true
        default:
            false
        }
    }

    private static func hex(_ number: UInt64) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<16 {
            bytes[index] = digits[Int((number >> UInt64(60 - 4 * index)) & 0xF)]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
