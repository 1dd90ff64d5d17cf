import Synchronization

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

    /// A fresh id: 13 lowercase base-32 digits (`0`–`9`, `a`–`v`), short enough to read aloud.
    /// Thirteen digits hold the 64 bits and fit Swift's inline small-string form (at most 15
    /// bytes), so making an id allocates nothing; 16 hex digits did, once per request.
    ///
    /// The 64 bits are a per-process sequence number scrambled by a bijection keyed with random
    /// bits drawn once at start-up: ids never repeat within a process, are unlikely to repeat
    /// across processes, and cost no system call (asking the kernel for 8 random bytes per
    /// request was a visible share of a small request's time). They are not secrets: nothing
    /// is authorized by knowing one.
    package static func generate() -> RequestID {
        let number = sequence.add(1, ordering: .relaxed).newValue
        return RequestID(unchecked: base32(scramble(number ^ key)))
    }

    private static let sequence = Atomic<UInt64>(0)
    private static let key: UInt64 = {
        var generator = SystemRandomNumberGenerator()
        return generator.next()
    }()

    /// SplitMix64's finalizer: invertible, so distinct inputs give distinct ids.
    private static func scramble(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
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

    private static func base32(_ number: UInt64) -> String {
        var digits: (UInt64, UInt64) = (0, 0)
        // Written into a 16-byte value on the stack, then decoded straight into a small string.
        withUnsafeMutableBytes(of: &digits) { buffer in
            for index in 0..<13 {
                let digit = UInt8(truncatingIfNeeded: number >> UInt64(60 - 5 * index)) & 0x1F
                buffer[index] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
            }
        }
        return withUnsafeBytes(of: &digits) { String(decoding: $0.prefix(13), as: UTF8.self) }
    }
}
