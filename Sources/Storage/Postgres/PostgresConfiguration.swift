internal import CLibPQ
import Foundation

/// How to reach a PostgreSQL server: a libpq connection URL plus the pool's size.
///
/// The URL is `postgres://user:password@host:port/database?sslmode=require&…` (or `postgresql://`);
/// every parameter libpq knows is passed through, multi-host lists and `target_session_attrs`
/// included, which is what PostgreSQL-compatible distributed engines are reached with. One
/// parameter is ours and is removed before libpq sees it: `pool_size`, the most connections open
/// at once (default 4).
package struct PostgresConfiguration: Sendable, Equatable {
    /// The URL handed to libpq, without Clientela's own parameters.
    package let url: String
    package var poolSize: Int

    /// Parses and checks a connection URL.
    ///
    /// - Throws: ``StorageError`` with code ``StorageError/Code/configuration`` when the scheme is
    ///   not `postgres`/`postgresql`, `pool_size` is not a positive integer, or libpq rejects the
    ///   URL; the message never repeats the password.
    package init(url: String, poolSize: Int? = nil) throws {
        guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
            throw StorageError(.configuration, "a PostgreSQL URL starts with postgres:// or postgresql://")
        }
        var size = poolSize ?? 4
        var kept = url
        if let question = url.firstIndex(of: "?") {
            var parameters: [Substring] = []
            for parameter in url[url.index(after: question)...].split(separator: "&") {
                if parameter.hasPrefix("pool_size=") {
                    guard let value = Int(parameter.dropFirst("pool_size=".count)), value > 0 else {
                        throw StorageError(.configuration, "pool_size must be a positive integer")
                    }
                    size = poolSize ?? value
                } else {
                    parameters.append(parameter)
                }
            }
            kept = String(url[..<question]) + (parameters.isEmpty ? "" : "?" + parameters.joined(separator: "&"))
        }
        var message: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(kept, &message) else {
            let detail = message.map { String(cString: $0).trimmingSpaces() } ?? "out of memory"
            PQfreemem(message)
            throw StorageError(.configuration, "invalid PostgreSQL URL: \(detail)")
        }
        PQconninfoFree(options)
        self.url = kept
        self.poolSize = size
    }

    /// The URL with the password replaced by `***`, for logs and messages.
    package var redactedURL: String {
        guard let schemeEnd = url.range(of: "://"),
              let at = url[schemeEnd.upperBound...].firstIndex(of: "@"),
              let colon = url[schemeEnd.upperBound..<at].firstIndex(of: ":")
        else { return url }
        return String(url[..<url.index(after: colon)]) + "***" + String(url[at...])
    }
}

extension String {
    /// The text without leading and trailing whitespace (libpq's messages end with a newline).
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
