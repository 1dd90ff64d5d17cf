/// The ` Did you mean "A" or "B"?` tail that graphql-js adds to messages about unknown names:
/// options within an edit distance of about 40% of the input's length, closest first, at most
/// five.
enum CoercionSuggestions {
    static func didYouMean(_ input: String, among options: [String]) -> String {
        let suggestions = list(input, among: options).prefix(5).map { "\"\($0)\"" }
        switch suggestions.count {
        case 0: return ""
        case 1: return " Did you mean \(suggestions[0])?"
        case 2: return " Did you mean \(suggestions[0]) or \(suggestions[1])?"
        default:
            return " Did you mean " + suggestions.dropLast().joined(separator: ", ") + ", or \(suggestions.last!)?"
        }
    }

    /// The options close enough to `input`, closest first, ties in alphabetical order.
    static func list(_ input: String, among options: [String]) -> [String] {
        let threshold = input.count * 4 / 10 + 1
        let lowerInput = Array(input.lowercased().unicodeScalars)
        var scored: [(option: String, distance: Int)] = []
        for option in options {
            let distance: Int
            if option == input {
                distance = 0
            } else {
                let lowerOption = Array(option.lowercased().unicodeScalars)
                distance = lowerOption == lowerInput ? 1 : editDistance(lowerInput, lowerOption)
            }
            if distance <= threshold { scored.append((option, distance)) }
        }
        return scored.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.option < $1.option }.map(\.option)
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent
    /// transpositions each cost one.
    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, previousPrevious[j - 2] + 1)
                }
                current[j] = best
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
