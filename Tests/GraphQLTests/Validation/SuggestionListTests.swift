import GraphQL
import Testing

@Suite struct SuggestionListTests {
    @Test func suggestsCloseOptionsClosestFirst() {
        #expect(SuggestionList.suggestions(for: "Peat", among: ["Pet", "Cat", "Dog", "Being"]) == ["Pet", "Cat"])
        #expect(SuggestionList.suggestions(for: "meowVolume", among: ["name", "nickname", "barkVolume"]) == ["barkVolume"])
    }

    @Test func allowsFortyPercentOfTheInputPlusOneEdit() {
        #expect(SuggestionList.suggestions(for: "", among: ["a", "ab"]) == ["a"])
        #expect(SuggestionList.suggestions(for: "unless", among: ["if"]) == [])
        #expect(SuggestionList.suggestions(for: "ab", among: ["a10"]) == [])
    }

    @Test func ranksACaseDifferenceAsOneEdit() {
        #expect(SuggestionList.suggestions(for: "DogCommand", among: ["dogCommand", "dogCommands"]) == ["dogCommand", "dogCommands"])
        #expect(SuggestionList.suggestions(for: "abc", among: ["ABC", "abc"]) == ["abc", "ABC"])
    }

    @Test func countsATranspositionAsOneEdit() {
        #expect(SuggestionList.suggestions(for: "naem", among: ["name", "nme"]) == ["name", "nme"])
    }

    @Test func breaksTiesInNaturalOrder() {
        #expect(SuggestionList.suggestions(for: "f", among: ["z", "y", "x"]) == ["x", "y", "z"])
        #expect(SuggestionList.suggestions(for: "abcd", among: ["abcd10", "abcd9x"]) == ["abcd9x", "abcd10"])
    }

    @Test func comparesDigitRunsByValue() {
        #expect(SuggestionList.naturalOrder("a2", "a10"))
        #expect(!SuggestionList.naturalOrder("a10", "a2"))
        #expect(SuggestionList.naturalOrder("a", "a1"))
        #expect(SuggestionList.naturalOrder("B", "a"))
    }

    @Test func wordsSuggestionsAsGraphQLJSDoes() {
        #expect(SuggestionList.didYouMean([]) == "")
        #expect(SuggestionList.didYouMean(["A"]) == " Did you mean \"A\"?")
        #expect(SuggestionList.didYouMean(["A", "B"]) == " Did you mean \"A\" or \"B\"?")
        #expect(SuggestionList.didYouMean(["A", "B", "C"]) == " Did you mean \"A\", \"B\", or \"C\"?")
        #expect(SuggestionList.didYouMean(["A", "B", "C", "D", "E", "F"]) == " Did you mean \"A\", \"B\", \"C\", \"D\", or \"E\"?")
        #expect(SuggestionList.didYouMean(["T"], preamble: "to use an inline fragment on") == " Did you mean to use an inline fragment on \"T\"?")
    }

    @Test func sortsLikeJavaScriptWithAnInconsistentComparator() {
        // The comparator graphql-js uses for type suggestions, on Cat | Dog with Feline and Canine:
        // not transitive, so the order is the algorithm's.
        let order: [String: Int] = ["Canine": 0, "Dog": 1, "Feline": 2, "Cat": 3]
        let sorted = SuggestionList.sortedLikeJavaScript(["Cat", "Feline", "Dog", "Canine"]) { lhs, rhs in
            (order[lhs] ?? 0) - (order[rhs] ?? 0)
        }
        #expect(sorted == ["Canine", "Dog", "Feline", "Cat"])
        #expect(SuggestionList.sortedLikeJavaScript(["c", "b", "a"]) { $0 < $1 ? -1 : ($0 == $1 ? 0 : 1) } == ["a", "b", "c"])
    }
}
