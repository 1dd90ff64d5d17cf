import Foundation
import GraphQL
import Storage

/// The checks every list of the module applies to `page`, `limit` and its filter's values, each
/// refusal naming the argument at fault.
enum ListArguments {
    /// `page`, from 1.
    static func page(_ arguments: Arguments) throws(ResolverError) -> Int {
        let page = arguments.int("page") ?? 1
        guard page >= 1 else { throw .badUserInput("page counts from 1.", field: "page") }
        return page
    }

    /// `limit`, 1 to 100. The engine's guard refuses a larger one before execution
    /// (QUERY_TOO_COMPLEX); the same answer here keeps a path that skipped the guard from
    /// silently reading more.
    static func limit(_ arguments: Arguments) throws(ResolverError) -> Int {
        let limit = arguments.int("limit") ?? ClientListQuery.defaultLimit
        guard limit >= 1 else { throw .badUserInput("limit must be at least 1.", field: "limit") }
        guard limit <= ClientListQuery.maximumLimit else {
            throw ResolverError(
                "limit may be at most \(ClientListQuery.maximumLimit).", code: .queryTooComplex,
                extensions: ["limit": .int(ClientListQuery.maximumLimit), "value": .int(limit)])
        }
        return limit
    }

    /// An enum filter as a list: a list field (a single value was already made a list of one by
    /// coercion) or a single-valued one such as `type`.
    static func enumList<T: RawRepresentable>(_ filter: OrderedObject, _ field: String, as _: T.Type) throws(ResolverError) -> [T]
    where T.RawValue == String {
        guard let given = filter[field], !given.isNull else { return [] }
        let values = given.listValue ?? [given]
        var result: [T] = []
        for value in values {
            guard let raw = value.stringValue, let parsed = T(rawValue: raw) else {
                throw .badUserInput("filter.\(field) has an unknown value.", field: "filter.\(field)")
            }
            result.append(parsed)
        }
        return result
    }

    /// A `DateTime` filter value; coercion has checked its form already.
    static func date(_ filter: OrderedObject, _ field: String) throws(ResolverError) -> Date? {
        guard let text = filter[field]?.stringValue else { return nil }
        guard let date = Timestamp.parse(text) else {
            throw .badUserInput("filter.\(field) is not a date-time.", field: "filter.\(field)")
        }
        return date
    }
}
