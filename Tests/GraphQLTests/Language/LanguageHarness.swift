import Foundation
import GraphQL
import Testing

/// Shared helpers of the language tests: fixtures from the bundle, and parse failures as values.
enum LanguageHarness {
    /// A fixture file of `Tests/GraphQLTests/Fixtures/` as a source.
    static func fixture(_ name: String) throws -> Source {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return Source(try String(contentsOf: url, encoding: .utf8), name: name)
    }

    /// The error parsing `text` fails with, or nil when it parses.
    static func parseError(_ text: String, limits: ParserLimits = .default) -> GraphQLError? {
        do {
            _ = try Parser.parse(Source(text), limits: limits)
            return nil
        } catch {
            return error
        }
    }

    /// The error parsing `text` as a lone value fails with, or nil when it parses.
    static func valueError(_ text: String) -> GraphQLError? {
        do {
            _ = try Parser.parseValue(Source(text))
            return nil
        } catch {
            return error
        }
    }

    /// Parses `text`, failing the test on a syntax error.
    static func parse(_ text: String) throws -> Document {
        try Parser.parse(Source(text))
    }

    /// Parses `text` as a lone value.
    static func value(_ text: String) throws -> ValueNode.Kind {
        try Parser.parseValue(Source(text)).kind
    }
}
