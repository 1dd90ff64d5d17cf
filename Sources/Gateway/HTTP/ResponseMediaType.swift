/// The media types a GraphQL response can be sent as, and the choice between them that an
/// `Accept` header makes (RFC 9110 §12.5.1, GraphQL-over-HTTP draft "Accept" and "Body").
package enum ResponseMediaType: Sendable, Hashable, CaseIterable {
    /// `application/graphql-response+json`: the draft's preferred type, whose status codes a
    /// client can trust (a 4xx in this type comes from the GraphQL server, not a proxy).
    case graphQLResponseJSON
    /// `application/json`: for clients written before the draft; see ``ResponseStatus`` for the
    /// status codes it gets.
    case json

    /// The `Content-Type` value, always with the charset, as the draft recommends.
    package var contentType: String {
        switch self {
        case .graphQLResponseJSON: "application/graphql-response+json; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        }
    }

    var type: String { "application" }

    var subtype: String {
        switch self {
        case .graphQLResponseJSON: "graphql-response+json"
        case .json: "json"
        }
    }

    /// Chooses the response type for the `Accept` field values of a request (several fields
    /// are read as one comma-separated list).
    ///
    /// Decisions, where the draft leaves room:
    /// - No `Accept` field, or only empty ones: `application/graphql-response+json`, the draft's
    ///   default since its 2025 watershed.
    /// - Each type's quality is the `q` of the most specific range that matches it
    ///   (`application/json` over `application/*` over `*/*`); a range naming a charset other
    ///   than UTF-8 does not match, and a malformed element is skipped.
    /// - The higher quality wins; on a tie `application/graphql-response+json` does, so
    ///   `*/*` and `application/*` get it, and `application/json` is chosen only when the client
    ///   prefers it or accepts nothing else.
    ///
    /// - Returns: nil when neither type is acceptable (the caller answers 406).
    package static func negotiate(accept fields: [String]) -> ResponseMediaType? {
        let elements = fields.flatMap { MediaType.splitOutsideQuotes($0[...], on: ",") }
            .map { $0.trimmingHTTPWhitespace() }
            .filter { !$0.isEmpty }
        if elements.isEmpty { return .graphQLResponseJSON }
        let ranges = elements.compactMap(AcceptRange.init(parsing:))
        var best: (type: ResponseMediaType, quality: Double)?
        for candidate in allCases {
            guard let quality = candidate.quality(in: ranges), quality > 0 else { continue }
            if let current = best, quality <= current.quality { continue }
            best = (candidate, quality)
        }
        return best?.type
    }

    /// ``negotiate(accept:)`` through a memo of the `Accept` values seen, which clients repeat on
    /// every request.
    ///
    /// - Parameter accept: The request's `Accept` fields as one list
    ///   (``HTTPHeaders/combinedValue(_:)``), nil when it has none.
    package static func negotiate(remembering accept: String?) -> ResponseMediaType? {
        negotiations.answer(for: accept ?? "") { negotiate(accept: [$0]) }
    }

    private static let negotiations = HeaderValueMemo<ResponseMediaType?>()

    /// The quality the most specific matching range gives this type, nil when none matches.
    private func quality(in ranges: [AcceptRange]) -> Double? {
        var chosen: AcceptRange?
        for range in ranges where range.matches(type: type, subtype: subtype) {
            if let current = chosen, range.specificity <= current.specificity { continue }
            chosen = range
        }
        return chosen?.quality
    }
}

/// One element of an `Accept` field: a media range and its weight.
private struct AcceptRange {
    var range: MediaType
    var quality: Double

    init?(parsing text: Substring) {
        guard let range = MediaType(parsing: text) else { return nil }
        // `*/json` is not a media range.
        if range.type == "*", range.subtype != "*" { return nil }
        var quality = 1.0
        if let weight = range.parameter("q") {
            guard let value = Double(weight), value >= 0, value <= 1 else { return nil }
            quality = value
        }
        self.range = range
        self.quality = quality
    }

    /// 2 for `type/subtype`, 1 for `type/*`, 0 for `*/*`.
    var specificity: Int {
        if range.type == "*" { return 0 }
        return range.subtype == "*" ? 1 : 2
    }

    func matches(type: String, subtype: String) -> Bool {
        guard range.isUTF8 else { return false }
        if range.type == "*" { return true }
        guard range.type == type else { return false }
        return range.subtype == "*" || range.subtype == subtype
    }
}
