import Clients
import Foundation

/// Builds Mexican RFCs for the demo clients the way SAT derives them, with the check digit SAT's
/// algorithm gives (``MexicanRFC/checkDigit(of:)``), so that every demo RFC passes without a
/// warning.
///
/// The name part follows SAT's rules in their common form: a person's is the paternal surname's
/// initial and first inner vowel, the maternal surname's initial and the first name's initial; a
/// company's is the initials of its first three words that are not articles or legal forms (the
/// first word's initial and the second's first two letters for two words, the first three
/// letters for one). `Ñ`
/// becomes `X` and accents go, as on real RFCs. (SAT's list of offensive four-letter words, which
/// it replaces, is left out: a demo may produce one.)
///
/// The date and the homoclave come from the client's number, not from chance, one-to-one (see
/// ``finish(_:number:from:days:)``), so two clients never share an RFC (the database refuses a
/// duplicate tax id) below 19 million numbers, whatever their names.
enum DemoRFC {
    /// A person's RFC (13 characters).
    static func person(firstName: String, paternal: String, maternal: String, number: Int) -> String {
        let paternal = letters(significantWords(paternal).first ?? "X")
        let maternal = letters(significantWords(maternal).first ?? "X")
        let first = letters(firstName)
        let vowel = paternal.dropFirst().first { "AEIOU".contains($0) } ?? "X"
        let name = [paternal.first ?? "X", vowel, maternal.first ?? "X", first.first ?? "X"]
        return finish(String(name), number: number, from: 1955, days: personDays)
    }

    /// A company's RFC (12 characters).
    static func company(name: String, number: Int) -> String {
        let words = significantWords(name)
        let initials: String = switch words.count {
        case 0: "XXX"
        case 1: String(words[0].prefix(3)).padding(toLength: 3, withPad: "X", startingAt: 0)
        case 2: String(words[0].prefix(1)) + String(words[1].prefix(2)).padding(toLength: 2, withPad: "X", startingAt: 0)
        default: words.prefix(3).map { String($0.prefix(1)) }.joined()
        }
        return finish(initials, number: number, from: 1980, days: companyDays)
    }

    static let personDays = 18_250
    static let companyDays = 15_000

    /// The name part, then the date and homoclave that `number` picks, then the check digit.
    ///
    /// `number` → (day, homoclave) is one-to-one below `days` × 1,296: the day is
    /// `number × 7,919 mod days` (7,919 is prime, so it visits every day once per `days`
    /// numbers) and the homoclave `(number / days) + number × 37 mod 1,296`, which for a given
    /// day is one-to-one in the block `number / days` as long as `1 + 37 × days` is coprime with
    /// 1,296 (checked below). Neighbouring clients thus get unrelated dates and homoclaves.
    private static func finish(_ name: String, number: Int, from year: Int, days: Int) -> String {
        precondition(gcd(1 + 37 * days, homoclaves) == 1, "the homoclave step must be coprime with \(homoclaves)")
        let homoclave = (number / days + number * 37) % homoclaves
        let code = String([homoclaveCharacters[homoclave % 36], homoclaveCharacters[homoclave / 36]])
        let body = Array(name + date(day: number * 7_919 % days, from: year) + code)
        return String(body) + String(MexicanRFC.checkDigit(of: body))
    }

    private static let homoclaveCharacters = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    private static let homoclaves = 36 * 36

    private static func gcd(_ a: Int, _ b: Int) -> Int {
        b == 0 ? a : gcd(b, a % b)
    }

    /// YYMMDD of the day `day` days after 1 January of `year`, from a table made once per
    /// range (a calendar computation per client would cost more than the rest of the client).
    private static func date(day: Int, from year: Int) -> String {
        (year == 1955 ? personDates : companyDates)[day]
    }

    private static let personDates = dates(from: 1955, count: personDays)
    private static let companyDates = dates(from: 1980, count: companyDays)

    private static func dates(from year: Int, count: Int) -> [String] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: year, month: 1, day: 1))!
        return (0..<count).map { day in
            let parts = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: day, to: start)!)
            return String(format: "%02d%02d%02d", parts.year! % 100, parts.month!, parts.day!)
        }
    }

    /// The words that count for the initials: no articles, prepositions or legal forms.
    private static func significantWords(_ text: String) -> [String] {
        let skipped: Set<String> = ["DE", "DEL", "LA", "LAS", "LOS", "Y", "EL", "SA", "CV", "RL", "SAPI", "SC", "S", "A", "C", "V", "R", "L"]
        return text.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "," })
            .map { letters(String($0)) }
            .filter { !$0.isEmpty && !skipped.contains($0) }
    }

    /// Upper-case ASCII letters, `Ñ` as `X`, accents dropped.
    static func letters(_ text: String) -> String {
        let upper = text.uppercased().replacingOccurrences(of: "Ñ", with: "X")
        return String(upper.folding(options: .diacriticInsensitive, locale: nil).filter { $0.isASCII && $0.isLetter })
    }
}
