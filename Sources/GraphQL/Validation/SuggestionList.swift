/// "Did you mean …?" suggestions, chosen and worded as graphql-js chooses and words them, so that
/// our messages match the reference implementation's.
package enum SuggestionList {
    /// The options close enough to `input` to be a plausible typo, closest first, ties in
    /// natural order.
    ///
    /// An option is close enough when its case-insensitive Damerau–Levenshtein distance to the
    /// input (optimal string alignment, counted in UTF-16 code units like graphql-js) is at most
    /// 40 % of the input's length plus one. An option differing only by case has distance 1.
    package static func suggestions(for input: String, among options: [String]) -> [String] {
        let measure = LexicalDistance(input)
        let threshold = input.utf16.count * 4 / 10 + 1
        var distances: [String: Int] = [:]
        var found: [String] = []
        for option in options where distances[option] == nil {
            if let distance = measure.distance(to: option, threshold: threshold) {
                distances[option] = distance
                found.append(option)
            }
        }
        return found.sorted { lhs, rhs in
            let left = distances[lhs] ?? 0, right = distances[rhs] ?? 0
            return left != right ? left < right : naturalOrder(lhs, rhs)
        }
    }

    /// `" Did you mean "A", "B", or "C"?"`, at most five names, or `""` when there are none.
    /// With a `preamble`, it goes after "Did you mean" (`to use an inline fragment on`).
    package static func didYouMean(_ suggestions: [String], preamble: String? = nil) -> String {
        guard !suggestions.isEmpty else { return "" }
        var message = " Did you mean "
        if let preamble { message += preamble + " " }
        let quoted = suggestions.prefix(5).map { "\"\($0)\"" }
        switch quoted.count {
        case 1: return message + quoted[0] + "?"
        case 2: return message + quoted[0] + " or " + quoted[1] + "?"
        default: return message + quoted.dropLast().joined(separator: ", ") + ", or " + quoted[quoted.count - 1] + "?"
        }
    }

    /// Sorts as V8's `Array.prototype.sort` sorts fewer than 64 elements: the leading run (reversed
    /// when descending), then a binary insertion of the rest.
    ///
    /// graphql-js sorts type suggestions with a comparator that is not transitive for some
    /// schemas (super types first, else by name), so only the same algorithm gives the same
    /// order. Longer arrays are sorted the same way, which V8 would merge instead; suggestions are
    /// never that long in practice.
    ///
    /// - Parameter compare: Negative when the first argument goes first, as in JavaScript.
    package static func sortedLikeJavaScript(_ items: [String], by compare: (String, String) -> Int) -> [String] {
        var items = items
        let count = items.count
        guard count > 1 else { return items }
        var runLength = 2
        let descending = compare(items[1], items[0]) < 0
        while runLength < count {
            let order = compare(items[runLength], items[runLength - 1])
            if descending ? order >= 0 : order < 0 { break }
            runLength += 1
        }
        if descending { items[0..<runLength].reverse() }
        for start in runLength..<count {
            let pivot = items[start]
            var left = 0, right = start
            while left < right {
                let middle = left + (right - left) / 2
                if compare(pivot, items[middle]) < 0 { right = middle } else { left = middle + 1 }
            }
            items.remove(at: start)
            items.insert(pivot, at: left)
        }
        return items
    }

    /// Compares names so that runs of digits compare by their numeric value (`a2` before `a10`),
    /// graphql-js's `naturalCompare`.
    package static func naturalOrder(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf16), b = Array(rhs.utf16)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if isDigit(a[i]), isDigit(b[j]) {
                let (left, nextI) = number(a, from: i)
                let (right, nextJ) = number(b, from: j)
                if left != right { return left < right }
                i = nextI
                j = nextJ
            } else {
                if a[i] != b[j] { return a[i] < b[j] }
                i += 1
                j += 1
            }
        }
        return a.count < b.count
    }

    private static func isDigit(_ unit: UInt16) -> Bool {
        unit >= 0x30 && unit <= 0x39
    }

    /// Reads a run of digits; a leading zero stands alone, as in graphql-js.
    private static func number(_ units: [UInt16], from start: Int) -> (Int, Int) {
        var value = 0
        var index = start
        repeat {
            value = value &* 10 &+ Int(units[index] - 0x30)
            index += 1
        } while index < units.count && isDigit(units[index]) && value > 0
        return (value, index)
    }
}

/// The distance from one input to many options, reusing the input's lower-cased code units.
private struct LexicalDistance {
    let input: String
    let lowered: String
    let units: [UInt16]

    init(_ input: String) {
        self.input = input
        self.lowered = input.lowercased()
        self.units = Array(lowered.utf16)
    }

    func distance(to option: String, threshold: Int) -> Int? {
        if option == input { return 0 }
        let optionLowered = option.lowercased()
        if optionLowered == lowered { return 1 }
        var a = Array(optionLowered.utf16)
        var b = units
        if a.count < b.count { swap(&a, &b) }
        if a.count - b.count > threshold { return nil }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: 3)
        for j in 0...b.count { rows[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            let up = (i - 1) % 3, current = i % 3
            rows[current][0] = i
            var smallest = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var cell = min(rows[up][j] + 1, rows[current][j - 1] + 1, rows[up][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cell = min(cell, rows[(i - 2) % 3][j - 2] + 1)
                }
                smallest = min(smallest, cell)
                rows[current][j] = cell
            }
            if smallest > threshold { return nil }
        }
        let distance = rows[a.count % 3][b.count]
        return distance <= threshold ? distance : nil
    }
}
