/// One step of a response path: a response key or a list index.
package enum PathComponent: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case key(String)
    case index(Int)

    package init(stringLiteral value: String) { self = .key(value) }
    package init(integerLiteral value: Int) { self = .index(value) }

    package var description: String {
        switch self {
        case .key(let key): key
        case .index(let index): String(index)
        }
    }
}
