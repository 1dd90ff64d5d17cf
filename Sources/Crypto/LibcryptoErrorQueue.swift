internal import CCrypto

/// libcrypto's per-thread error queue, read and emptied after a failed call.
///
/// Failed calls (a refused signature included) push entries that stay on the thread until
/// someone pops them; leaving them would make the next failure on that thread report the wrong
/// reason, so every failure path drains the queue.
enum LibcryptoErrorQueue {
    /// Pops every queued error and returns their texts joined by "; " (empty when none).
    static func drain() -> String {
        var reasons: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            let length = buffer.firstIndex(of: 0) ?? buffer.count
            reasons.append(String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return reasons.joined(separator: "; ")
    }

    /// Empties the queue without reading it (after an expected failure, such as a bad signature).
    static func clear() {
        ERR_clear_error()
    }
}
