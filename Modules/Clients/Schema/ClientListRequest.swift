import Foundation
import GraphQL
import Storage
import Tenancy

/// The arguments of `clients(filter, search, orderBy, page, limit, after)`, checked and turned
/// into a ``ClientListQuery``.
///
/// Decisions where the spec leaves room:
/// - `filter.organizationId` from anyone but platform staff narrows nothing it could widen: the
///   caller's own organization lists as usual, any other gives an empty page, exactly as an
///   organization without clients would (no FORBIDDEN, which would confirm that the id exists).
/// - an id in the filter that is no id at all (`assignedToId: "x"`) matches nothing, like an
///   unknown one, and the page is empty without a statement.
/// - `page` is ignored when `after` is given: the cursor says where the page starts.
struct ClientListRequest: Sendable {
    var query: ClientListQuery
    /// Whether the page was asked by cursor, where its number is unknown (`meta.page` is null).
    var byCursor: Bool
    /// A filter value names something that cannot exist; the answer is an empty page.
    var matchesNothing = false

    init(_ arguments: Arguments) throws(ResolverError) {
        let order = try Self.order(arguments.object("orderBy"))
        var query = ClientListQuery(order: order, page: try ListArguments.page(arguments), limit: try ListArguments.limit(arguments))
        if let search = arguments.string("search") {
            let trimmed = search.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw .badUserInput("search needs at least one character.", field: "search") }
            query.search = trimmed
        }
        if let after = arguments.string("after") {
            guard let cursor = ClientCursor(decoding: after, for: order) else {
                throw .badUserInput("after is not a cursor of this list in this order.", field: "after")
            }
            query.after = cursor.position
        }
        self.query = query
        self.byCursor = query.after != nil
        if let filter = arguments.object("filter") { try read(filter) }
    }

    /// Newest first unless the caller names an order; a named order is ascending by default.
    private static func order(_ orderBy: OrderedObject?) throws(ResolverError) -> ClientOrder {
        guard let orderBy else { return ClientOrder(.createdAt, descending: true) }
        let fields: [String: ClientOrder.Field] = [
            "CREATED_AT": .createdAt, "NAME": .name, "TOTAL_PURCHASES": .totalPurchases, "LIFETIME_VALUE": .lifetimeValue,
            "LAST_CONTACT_AT": .lastContactAt,
        ]
        guard let name = orderBy["field"]?.stringValue, let field = fields[name] else {
            throw .badUserInput("orderBy.field is not an order of clients.", field: "orderBy.field")
        }
        return ClientOrder(field, descending: orderBy["direction"]?.stringValue == "DESC")
    }

    private mutating func read(_ input: OrderedObject) throws(ResolverError) {
        var filter = ClientFilter()
        filter.statuses = try ListArguments.enumList(input, "status", as: ClientStatus.self)
        filter.types = try ListArguments.enumList(input, "type", as: ClientType.self)
        filter.segments = try ListArguments.enumList(input, "segment", as: ClientSegment.self)
        filter.assignedTo = id(input, "assignedToId", as: UserID.self)
        filter.reseller = id(input, "resellerId", as: ResellerID.self)
        filter.organization = id(input, "organizationId", as: OrganizationID.self)
        filter.standalone = input["standalone"]?.boolValue
        filter.region = input["region"]?.stringValue
        filter.engaged = input["engaged"]?.boolValue
        filter.createdFrom = try ListArguments.date(input, "createdFrom")
        filter.createdTo = try ListArguments.date(input, "createdTo")
        filter.includeDeleted = input["includeDeleted"]?.boolValue ?? false
        query.filter = filter
    }

    /// An id filter; one that does not parse makes the whole list empty.
    private mutating func id<ID: RecordID>(_ input: OrderedObject, _ field: String, as _: ID.Type) -> ID? {
        guard let text = input[field]?.stringValue else { return nil }
        guard let id = ID(parsing: text) else {
            matchesNothing = true
            return nil
        }
        return id
    }
}
