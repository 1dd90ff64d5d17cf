/// A checker for the text format: comment lines, family order, sample syntax, histogram series.
enum ExpositionFormat {
    struct Violation: Error, CustomStringConvertible {
        var description: String
    }

    static func check(_ text: String) throws {
        guard text.hasSuffix("\n") else { throw Violation(description: "the text does not end with a line feed") }
        var helped: Set<String> = []
        var typed: [String: String] = [:]
        var lastBucket: (series: String, le: Double, count: Int)?
        var infinityCounts: [String: Int] = [:]
        for line in text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("# HELP ") {
                let name = String(line.dropFirst(7).prefix { $0 != " " })
                guard helped.insert(name).inserted else { throw Violation(description: "HELP twice for \(name)") }
                continue
            }
            if line.hasPrefix("# TYPE ") {
                let parts = line.dropFirst(7).split(separator: " ").map(String.init)
                guard parts.count == 2, ["counter", "gauge", "histogram", "summary", "untyped"].contains(parts[1]) else {
                    throw Violation(description: "bad TYPE line: \(line)")
                }
                guard helped.contains(parts[0]), typed[parts[0]] == nil else { throw Violation(description: "TYPE out of order: \(line)") }
                typed[parts[0]] = parts[1]
                continue
            }
            let sample = try parseSample(line)
            var family = sample.name
            for suffix in ["_bucket", "_sum", "_count"] where sample.name.hasSuffix(suffix) {
                let base = String(sample.name.dropLast(suffix.count))
                if typed[base] == "histogram" { family = base }
            }
            guard typed[family] != nil else { throw Violation(description: "sample before its TYPE: \(line)") }
            if typed[family] == "counter", !family.hasSuffix("_total") { throw Violation(description: "counter without _total: \(family)") }
            guard Double(sample.value) != nil || ["+Inf", "-Inf", "NaN"].contains(sample.value) else {
                throw Violation(description: "bad value: \(line)")
            }
            if sample.name.hasSuffix("_bucket"), typed[family] == "histogram" {
                let series = sample.labels.filter { $0.0 != "le" }.map { "\($0.0)=\($0.1)" }.joined(separator: ",")
                guard let leText = sample.labels.first(where: { $0.0 == "le" })?.1, let count = Int(sample.value) else {
                    throw Violation(description: "bucket without le: \(line)")
                }
                let le = leText == "+Inf" ? Double.infinity : Double(leText) ?? .nan
                if let last = lastBucket, last.series == series, !(le > last.le && count >= last.count) {
                    throw Violation(description: "buckets not ascending and cumulative: \(line)")
                }
                lastBucket = (series, le, count)
                if le == .infinity { infinityCounts[series] = count }
            }
            if sample.name.hasSuffix("_count"), typed[family] == "histogram" {
                let series = sample.labels.map { "\($0.0)=\($0.1)" }.joined(separator: ",")
                guard infinityCounts[series] == Int(sample.value) else { throw Violation(description: "_count differs from +Inf: \(line)") }
            }
        }
    }

    /// The value of the unlabelled sample `name`.
    static func value(of name: String, in text: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(name + " ") }.flatMap { Double($0.dropFirst(name.count + 1)) }
    }

    private static func parseSample(_ line: String) throws -> (name: String, labels: [(String, String)], value: String) {
        var rest = Substring(line)
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" }
        guard !name.isEmpty, !(name.first?.isNumber ?? true) else { throw Violation(description: "bad metric name: \(line)") }
        rest = rest.dropFirst(name.count)
        var labels: [(String, String)] = []
        if rest.first == "{" {
            rest = rest.dropFirst()
            while rest.first != "}" {
                let label = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                rest = rest.dropFirst(label.count)
                guard !label.isEmpty, rest.hasPrefix("=\"") else { throw Violation(description: "bad label: \(line)") }
                rest = rest.dropFirst(2)
                var value = ""
                while let character = rest.first, character != "\"" {
                    rest = rest.dropFirst()
                    if character == "\\" {
                        guard let escaped = rest.first, ["\\", "\"", "n"].contains(escaped) else {
                            throw Violation(description: "bad escape: \(line)")
                        }
                        value.append(escaped == "n" ? "\n" : escaped)
                        rest = rest.dropFirst()
                    } else {
                        value.append(character)
                    }
                }
                guard rest.first == "\"" else { throw Violation(description: "unterminated label value: \(line)") }
                rest = rest.dropFirst()
                labels.append((String(label), value))
                if rest.first == "," { rest = rest.dropFirst() }
            }
            rest = rest.dropFirst()
        }
        guard rest.first == " " else { throw Violation(description: "no space before the value: \(line)") }
        let value = String(rest.dropFirst())
        guard !value.isEmpty, !value.contains(" ") else { throw Violation(description: "bad value: \(line)") }
        return (String(name), labels, value)
    }
}
