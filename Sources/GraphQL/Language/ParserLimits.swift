/// Bounds on the documents the ``Parser`` accepts, so that a hostile request cannot make it spend
/// unbounded time or memory, or overflow the stack.
///
/// Exceeding a limit fails the parse with QUERY_TOO_COMPLEX and a message naming the limit.
package struct ParserLimits: Sendable, Hashable {
    /// The largest document, in UTF-8 bytes.
    package var maxBytes: Int
    /// The most tokens (punctuators, names, literals; not ignored tokens) a document may hold.
    package var maxTokens: Int
    /// The deepest nesting of selection sets, list and object values and list types, combined.
    /// The parser never nests deeper than ``depthCeiling``, whatever this says.
    package var maxDepth: Int

    package init(maxBytes: Int = 102_400, maxTokens: Int = 15_000, maxDepth: Int = 64) {
        self.maxBytes = maxBytes
        self.maxTokens = maxTokens
        self.maxDepth = maxDepth
    }

    /// 100 KiB, 15,000 tokens, 64 levels: far beyond any real query, well short of harm.
    package static let `default` = ParserLimits()

    /// No limit on size or tokens, and nesting capped at ``depthCeiling`` only: for trusted text
    /// such as the server's own SDL.
    package static let unlimited = ParserLimits(maxBytes: .max, maxTokens: .max, maxDepth: depthCeiling)

    /// The nesting no limit can raise. The parser itself reads nesting with heap stacks and uses
    /// no thread stack per level; the ceiling protects what walks the AST recursively afterwards
    /// (validation, execution, printing, equality, deallocation).
    package static let depthCeiling = 256
}
