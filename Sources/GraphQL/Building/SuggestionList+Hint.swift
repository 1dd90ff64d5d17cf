extension SuggestionList {
    /// The whole "Did you mean …?" hint for a mistyped name (with a leading space), or the empty
    /// string when no option is close.
    static func hint(for input: String, among options: [String], preamble: String? = nil) -> String {
        didYouMean(suggestions(for: input, among: options), preamble: preamble)
    }
}
