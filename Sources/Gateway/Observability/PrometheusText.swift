/// Writes the Prometheus text exposition format, version 0.0.4: `# HELP` and `# TYPE` before each
/// metric family's samples, `name{label="value"} number` lines, `\n` line ends.
///
/// - SeeAlso: https://prometheus.io/docs/instrumenting/exposition_formats/#text-based-format
package struct PrometheusText: Sendable {
    /// The `Content-Type` of the format.
    package static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    package private(set) var text = ""

    package init() {}

    package enum MetricType: String, Sendable {
        case counter, gauge, histogram
    }

    /// Starts a metric family; its samples must follow before the next family starts.
    package mutating func family(_ name: String, help: String, type: MetricType) {
        text += "# HELP \(name) \(Self.escapeHelp(help))\n# TYPE \(name) \(type.rawValue)\n"
    }

    package mutating func sample(_ name: String, labels: [(String, String)] = [], _ value: Int) {
        sample(name, labels: labels, text: String(value))
    }

    package mutating func sample(_ name: String, labels: [(String, String)] = [], _ value: Double) {
        sample(name, labels: labels, text: Self.number(value))
    }

    private mutating func sample(_ name: String, labels: [(String, String)], text value: String) {
        text += name
        if !labels.isEmpty {
            text += "{" + labels.map { "\($0.0)=\"\(Self.escapeLabelValue($0.1))\"" }.joined(separator: ",") + "}"
        }
        text += " " + value + "\n"
    }

    /// A number as the format writes it: `+Inf`, `-Inf`, `NaN`, integers without a fraction,
    /// others in Swift's shortest round-tripping form (`0.0025`, `1e-05`), which Prometheus reads.
    package static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// A label value with `\`, `"` and line feeds escaped.
    package static func escapeLabelValue(_ value: String) -> String {
        escape(value, quotes: true)
    }

    /// Help text with `\` and line feeds escaped (quotes stay as they are).
    package static func escapeHelp(_ help: String) -> String {
        escape(help, quotes: false)
    }

    /// Works on Unicode scalars, not characters, so that the `\n` of a `\r\n` pair (one
    /// `Character`) is still escaped.
    private static func escape(_ text: String, quotes: Bool) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": escaped.append(contentsOf: "\\n".unicodeScalars)
            case "\"" where quotes: escaped.append(contentsOf: "\\\"".unicodeScalars)
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }
}
