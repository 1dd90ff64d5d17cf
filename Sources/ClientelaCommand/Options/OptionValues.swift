import Storage

/// The conversions the commands' options share.
enum OptionValues {
    /// A port: decimal digits only (no sign, no spaces), 0 to 65535.
    static func port(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 5, text.allSatisfy(\.isASCIIDigit), let port = Int(text), port <= 65_535 else { return nil }
        return port
    }

    /// Seconds as `10` or `2.5`: digits with an optional fraction, at most an hour, to the
    /// millisecond. Exponents, signs, `inf` and `nan`, which `Double` would take, are refused.
    static func seconds(_ text: String) -> Duration? {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit), whole.count <= 4 else { return nil }
        var fraction = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return nil }
        fraction = fraction.prefix(3)
        guard let seconds = Int(whole), let milliseconds = Int(fraction.padding(toLength: 3)) else { return nil }
        let total = seconds * 1000 + milliseconds
        return total <= 3_600_000 ? .milliseconds(total) : nil
    }

    /// The `--database` flag as a configuration. The message never quotes the URL, which may
    /// carry a password; Storage's messages do not repeat it either.
    static func database(_ values: FlagValues) throws(UsageError) -> DatabaseConfiguration {
        do {
            return try DatabaseConfiguration(url: values[.database].text)
        } catch let error as StorageError {
            throw UsageError("\(values.source(of: .database)) is not a usable database: \(error.message)", command: values.command)
        } catch {
            throw UsageError("\(values.source(of: .database)) is not a usable database: \(error)", command: values.command)
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Substring {
    /// The text followed by zeros up to `length` characters.
    fileprivate func padding(toLength length: Int) -> String {
        String(self) + String(repeating: "0", count: Swift.max(0, length - count))
    }
}
