/// The paths the gateway serves, matched exactly (no trailing-slash variants), with the methods
/// each accepts.
///
/// HEAD is served wherever GET is, as RFC 9110 §9.3.2 expects, and listed in `Allow`. A HEAD is
/// answered exactly like the GET it stands for (on `/graphql` the query runs, and a mutation is
/// refused with 405): the handler keeps the body, and the server sends only the head, with the
/// `Content-Length` the body has.
package enum Route: Sendable, Hashable, CaseIterable {
    case graphql
    case explorer
    case healthz
    case readyz
    case metrics
    case notFound

    package init(path: Substring) {
        switch path {
        case "/graphql": self = .graphql
        case "/": self = .explorer
        case "/healthz": self = .healthz
        case "/readyz": self = .readyz
        case "/metrics": self = .metrics
        default: self = .notFound
        }
    }

    /// The route's label in the metrics: its path, or `other` for every unknown path, so that a
    /// scan of random paths cannot grow the label set.
    package var label: String {
        switch self {
        case .graphql: "/graphql"
        case .explorer: "/"
        case .healthz: "/healthz"
        case .readyz: "/readyz"
        case .metrics: "/metrics"
        case .notFound: "other"
        }
    }

    /// The path the route serves, nil for ``notFound``: the access log writes this constant
    /// instead of copying the request's path (the same text) into a new string.
    package var path: String? {
        self == .notFound ? nil : label
    }

    /// The methods served, in the order `Allow` lists them; empty for an unknown path.
    package var methods: [String] {
        switch self {
        case .graphql: ["GET", "HEAD", "POST"]
        case .explorer, .healthz, .readyz, .metrics: ["GET", "HEAD"]
        case .notFound: []
        }
    }

    /// The `Allow` field value for a 405 on this route.
    package var allow: String { methods.joined(separator: ", ") }
}
