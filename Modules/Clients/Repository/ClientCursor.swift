import Foundation
package import Storage

/// The opaque `after` string of the clients list: where a page ended, in the order it was read.
///
/// The text is base64url of `order|direction|rowid|kind:value` (the value last, since a name may
/// hold any character); it names its order so that a
/// cursor read in one order is refused in another rather than silently jumping to the wrong place.
/// It is opaque to callers but not secret: it holds only the sort value and the row's integer id,
/// both of a row the caller could already see.
package struct ClientCursor: Sendable, Hashable {
    package let order: ClientOrder
    package let position: SearchCursor

    package init(order: ClientOrder, position: SearchCursor) {
        self.order = order
        self.position = position
    }

    /// The string handed to callers.
    package var encoded: String {
        let value: String = switch position.values.first {
        case .integer(let number)?: "i:\(number)"
        case .text(let text)?: "t:\(text)"
        default: "n:"
        }
        let rowID: String = if case .integer(let id)? = position.values.last { String(id) } else { "" }
        let raw = "\(order.field.rawValue)|\(order.descending ? "d" : "a")|\(rowID)|\(value)"
        return Data(raw.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Reads a cursor back, or nil when the text is not one this list made for `order`.
    package init?(decoding text: String, for order: ClientOrder) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let raw = String(data: data, encoding: .utf8) else { return nil }
        let parts = raw.split(separator: "|", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == order.field.rawValue, parts[1] == (order.descending ? "d" : "a"),
            let rowID = Int64(parts[2])
        else { return nil }
        let value = parts[3]
        let sortValue: SQLValue
        switch order.field {
        case .totalPurchases, .lifetimeValue:
            guard value.hasPrefix("i:"), let number = Int64(value.dropFirst(2)) else { return nil }
            sortValue = .integer(number)
        case .createdAt, .name, .lastContactAt:
            guard value.hasPrefix("t:") else { return nil }
            sortValue = .text(String(value.dropFirst(2)))
        }
        self.init(order: order, position: SearchCursor(values: [sortValue, .integer(rowID)]))
    }
}
