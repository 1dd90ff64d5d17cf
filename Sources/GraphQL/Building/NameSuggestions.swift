/// "Did you mean …?" hints for a mistyped name, chosen and worded as graphql-js chooses and words
/// them, so that our messages read like the reference implementation's.
enum NameSuggestions {
    /// The options close enough to `input` to suggest, closest first (ties in natural order).
    ///
    /// Close enough means an optimal-string-alignment distance, ignoring case, of at most 40% of
    /// the input's length plus one; a difference of case alone counts as distance 1.
    static func list(for input: String, among options: some Sequence<String>) -> [String] {
        let threshold = input.count * 4 / 10 + 1
        let measure = LexicalDistance(input)
        var found: [(option: String, distance: Int)] = []
        for option in options {
            if let distance = measure.distance(to: option, threshold: threshold) {
                found.append((option, distance))
            }
        }
        found.sort { lhs, rhs in
            lhs.distance != rhs.distance ? lhs.distance < rhs.distance : naturalOrder(lhs.option, rhs.option)
        }
        return found.map(\.option)
    }

    /// ` Did you mean "a", "b", or "c"?`, with a leading space, or the empty string when there is
    /// nothing to suggest; at most five suggestions. `subject` words what is suggested
    /// (` Did you mean the enum value "A"?`).
    static func didYouMean(_ suggestions: [String], subject: String? = nil) -> String {
        guard !suggestions.isEmpty else { return "" }
        var message = " Did you mean "
        if let subject { message += subject + " " }
        let quoted = suggestions.prefix(5).map { "\"\($0)\"" }
        switch quoted.count {
        case 1: return message + quoted[0] + "?"
        case 2: return message + quoted[0] + " or " + quoted[1] + "?"
        default: return message + quoted.dropLast().joined(separator: ", ") + ", or " + quoted[quoted.count - 1] + "?"
        }
    }

    /// `didYouMean(list(for:among:))`.
    static func hint(for input: String, among options: some Sequence<String>, subject: String? = nil) -> String {
        didYouMean(list(for: input, among: options), subject: subject)
    }

    /// Compares strings with runs of digits compared as numbers (`a2` before `a10`).
    static func naturalOrder(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.unicodeScalars), b = Array(rhs.unicodeScalars)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if isDigit(a[i]), isDigit(b[j]) {
                let startA = i, startB = j
                while i < a.count, isDigit(a[i]) { i += 1 }
                while j < b.count, isDigit(b[j]) { j += 1 }
                let numberA = Int(String(String.UnicodeScalarView(a[startA..<i]))) ?? 0
                let numberB = Int(String(String.UnicodeScalarView(b[startB..<j]))) ?? 0
                if numberA != numberB { return numberA < numberB }
            } else {
                if a[i] != b[j] { return a[i].value < b[j].value }
                i += 1
                j += 1
            }
        }
        return a.count < b.count
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}

/// The optimal-string-alignment distance between one input and many options, compared without
/// regard to case.
private struct LexicalDistance {
    let input: String
    let lowercased: String
    let scalars: [Unicode.Scalar]

    init(_ input: String) {
        self.input = input
        self.lowercased = input.lowercased()
        self.scalars = Array(lowercased.unicodeScalars)
    }

    /// The distance to `option`, or nil when it exceeds `threshold`.
    func distance(to option: String, threshold: Int) -> Int? {
        if option == input { return 0 }
        let optionLowercased = option.lowercased()
        if optionLowercased == lowercased { return 1 }
        var a = Array(optionLowercased.unicodeScalars)
        var b = scalars
        if a.count < b.count { swap(&a, &b) }
        if a.count - b.count > threshold { return nil }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: 3)
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...a.count {
            var smallest = i
            rows[i % 3][0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var cell = min(rows[(i - 1) % 3][j] + 1, rows[i % 3][j - 1] + 1, rows[(i - 1) % 3][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cell = min(cell, rows[(i - 2) % 3][j - 2] + 1)
                }
                smallest = min(smallest, cell)
                rows[i % 3][j] = cell
            }
            if smallest > threshold { return nil }
        }
        let distance = rows[a.count % 3][b.count]
        return distance <= threshold ? distance : nil
    }
}
