import Storage
import Testing

@Suite struct TextFoldingTests {
    @Test(arguments: [
        ("Gómez", "gomez"), ("MUÑOZ", "munoz"), ("Élodie", "elodie"), ("Jürgen Großmann", "jurgen grossmann"),
        ("Søren Ørsted", "soren orsted"), ("Łukasz Wałęsa", "lukasz walesa"), ("Œuvre Ærø", "oeuvre aero"),
        ("Nguyễn Thị", "nguyen thi"), ("Άννα Ίριδα", "αννα ιριδα"), ("ANA@EXAMPLE.COM", "ana@example.com"),
        ("e\u{301}cole", "ecole"), ("Þórr Dóttir", "thorr dottir"), ("+56 9 1234", "+56 9 1234"),
    ])
    func foldsCaseAndDiacritics(input: String, folded: String) {
        #expect(TextFolding.fold(input) == folded)
    }

    @Test func keepsLettersOutsideLatinAndGreek() {
        #expect(TextFolding.fold("Йосиф ЁЖ") == "йосиф еж")
        #expect(TextFolding.fold("東京") == "東京")
        // Polytonic Greek keeps its marks, as PostgreSQL's unaccent keeps them.
        #expect(TextFolding.fold("Ἀθῆναι") == "ἀθῆναι")
    }
}
