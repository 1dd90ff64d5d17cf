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

    /// A fresh id: 16 lowercase hex digits, short enough to read aloud.
    ///
    /// The 64 bits are a per-process sequence number scrambled by a bijection keyed with random
    /// bits drawn once at start-up: ids never repeat within a process, are unlikely to repeat
    /// across processes, and cost no system call (asking the kernel for 8 random bytes per
    /// request was a visible share of a small request's time). They are not secrets: nothing
    /// is authorized by knowing one.
    package static func generate() -> RequestID {
        let number = sequence.add(1, ordering: .relaxed).newValue
        return RequestID(unchecked: hex(scramble(number ^ key)))
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

    private static func hex(_ number: UInt64) -> String {
        // Written straight into the string's storage: no array of digits, no buffer to copy.
        String(unsafeUninitializedCapacity: 16) { buffer in
            for index in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: number >> UInt64(60 - 4 * index)) & 0xF
                buffer[index] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
            }
            return 16
        }
    }
}
