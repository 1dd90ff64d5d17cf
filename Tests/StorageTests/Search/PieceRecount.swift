import Storage

/// The oracle of SQLite's maintained counts (``SearchCounts``): the pieces table recounted from
/// the rows in Swift, with its own spelling of what a piece is (not ``SearchPieces``), so that a
/// mistake in either shows.
enum PieceRecount {
    /// A count: the scope's value ("" without a scope) and the piece.
    struct Key: Hashable, CustomStringConvertible {
        let scope: String
        let piece: String
        var description: String { "(\(scope), \"\(piece)\")" }
    }

    /// Every substring of 3 to 5 scalars of `folded` without a newline, and the empty string.
    static func pieces(of folded: String) -> Set<String> {
        let scalars = Array(folded.unicodeScalars)
        var pieces: Set<String> = [""]
        for width in 3...5 where width <= scalars.count {
            for start in 0...(scalars.count - width) {
                var piece = String.UnicodeScalarView()
                piece.append(contentsOf: scalars[start..<(start + width)])
                if !piece.contains("\n") { pieces.insert(String(piece)) }
            }
        }
        return pieces
    }

    /// The counts stored in `table` (scoped by the column `scope`, or by none) and the counts
    /// recounted from `counted`, a statement giving each counted row's `scope` (omitted without
    /// one) and its indexed columns joined by newlines as `text`, folded here.
    static func compare(_ connection: any SQLConnection, table: SQLIdentifier, scope column: SQLIdentifier?, counted: SQL) throws -> (stored: [Key: Int], recounted: [Key: Int]) {
        let scoped = column != nil
        var recounted: [Key: Int] = [:]
        for row in try connection.rows(counted) {
            let scope = scoped ? try row.decode("scope", as: String.self) : ""
            for piece in pieces(of: TextFolding.fold(try row.decode("text", as: String.self))) {
                recounted[Key(scope: scope, piece: piece), default: 0] += 1
            }
        }
        var stored: [Key: Int] = [:]
        let select: SQL = column.map { "SELECT \($0) AS scope, piece, n FROM \(table)" } ?? "SELECT '' AS scope, piece, n FROM \(table)"
        for row in try connection.rows(select) {
            stored[Key(scope: try row.decode("scope", as: String.self), piece: try row.decode("piece", as: String.self))] = try row.decode("n", as: Int.self)
        }
        return (stored, recounted)
    }

    /// The keys on which two sets of counts differ (at most ten), with both numbers, for a
    /// readable failure; empty when they are equal.
    static func differences(_ stored: [Key: Int], _ recounted: [Key: Int]) -> [String] {
        Set(stored.keys).union(recounted.keys).filter { stored[$0] != recounted[$0] }.sorted { ($0.scope, $0.piece) < ($1.scope, $1.piece) }.prefix(10).map {
            "\($0): stored \(stored[$0].map(String.init) ?? "none"), recounted \(recounted[$0].map(String.init) ?? "none")"
        }
    }
}
