import GraphQL
import Testing

/// The property that ties the parser and the printer together: for any document, printing it
/// and parsing the text gives the same AST, and printing that again gives the same text.
@Suite struct PrinterRoundTripTests {
    private static let iterations: UInt64 = 400

    @Test func executableDocumentsSurvivePrintingAndParsing() throws {
        for seed in 0..<Self.iterations {
            var generator = RandomDocumentGenerator(seed: seed)
            try checkRoundTrip(generator.executableDocument(), seed: seed)
        }
    }

    @Test func typeSystemDocumentsSurvivePrintingAndParsing() throws {
        for seed in 0..<Self.iterations {
            var generator = RandomDocumentGenerator(seed: 1_000_000 + seed)
            try checkRoundTrip(generator.typeSystemDocument(), seed: 1_000_000 + seed)
        }
    }

    private func checkRoundTrip(_ document: Document, seed: UInt64) throws {
        let printed = Printer.print(document)
        let parsed: Document
        do {
            parsed = try Parser.parse(Source(printed), limits: .unlimited)
        } catch {
            Issue.record("seed \(seed): the printed document does not parse: \(error)\n\(printed)")
            return
        }
        #expect(parsed == document, "seed \(seed): parsing the printed document changed it\n\(printed)")
        let reprinted = Printer.print(parsed)
        #expect(reprinted == printed, "seed \(seed): printing is not stable\n\(printed)\n---\n\(reprinted)")
        #expect(try Parser.parse(Source(reprinted), limits: .unlimited) == parsed, "seed \(seed)")
    }
}
