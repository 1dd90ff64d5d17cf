/// The limits a query must stay within before it runs, so that a hostile or careless query is
/// refused with QUERY_TOO_COMPLEX before any storage is touched.
package struct ExecutionLimits: Sendable, Hashable {
    /// The deepest nesting of fields, counting the root fields as 1.
    package var maxDepth: Int
    /// Fields selected after fragment expansion, counted per occurrence.
    package var maxFields: Int
    /// Aliased fields after fragment expansion. The default leaves room for real dashboards
    /// (the benchmark's 10 KB W4 document has 335) while `maxFields` bounds the total work.
    package var maxAliases: Int
    /// Nesting of `fields`, `inputFields`, `interfaces` and `possibleTypes` inside `__schema` or
    /// `__type`: the standard introspection query uses 1; graphql-js refuses 3.
    package var maxIntrospectionDepth: Int
    /// The largest value an argument named `limit` may have (page sizes).
    package var maxListLimit: Int
    /// How long execution may take; checked before each level and each batch of asynchronous
    /// resolvers. Nil for no deadline.
    package var deadline: Duration?

    package init(
        maxDepth: Int = 15,
        maxFields: Int = 5_000,
        maxAliases: Int = 500,
        maxIntrospectionDepth: Int = 2,
        maxListLimit: Int = 100,
        deadline: Duration? = .seconds(10)
    ) {
        self.maxDepth = maxDepth
        self.maxFields = maxFields
        self.maxAliases = maxAliases
        self.maxIntrospectionDepth = maxIntrospectionDepth
        self.maxListLimit = maxListLimit
        self.deadline = deadline
    }

    package static let `default` = ExecutionLimits()

    /// No limit at all, for tools and tests that execute trusted documents.
    package static let unlimited = ExecutionLimits(
        maxDepth: .max, maxFields: .max, maxAliases: .max, maxIntrospectionDepth: .max, maxListLimit: .max, deadline: nil)
}
