/// Checking that bytes are well-formed UTF-8 (RFC 3629), for text read from the network.
enum UTF8Validation {
    /// The offset of the first byte of an invalid UTF-8 sequence, nil when all is valid
    /// (overlong forms, surrogates and code points beyond U+10FFFF are invalid).
    static func firstInvalidByte(in utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = utf8.count
        while index < count {
            // Eight ASCII bytes at a time: request bodies are almost all ASCII.
            if index + 8 <= count,
               UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = utf8[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = utf8[index + 1]
            guard second >= lower, second <= upper else { return index }
            for offset in 2..<length where utf8[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }
}
