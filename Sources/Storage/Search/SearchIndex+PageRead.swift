/// What both drivers share of choosing how to read a search's page once its total is known.
extension SearchIndex {
    /// How a page is read: the three plans a driver can pick from the total (``SearchPlan``).
    enum PageRead {
        case orderFirst
        case byBucket(SearchOrderBuckets)
        case matchesFirst
    }

    /// The cheaper way to read the page of `query`, from the number of matches and the number of
    /// rows the walk passes over (see ``SearchIndex/sqliteSearch(_:on:)`` and
    /// ``SearchIndex/postgresSearch(_:on:)`` for the costs):
    /// - the walk of the order (``SearchPlan/orderFirst``) from ``orderFirstThreshold(limit:tableRows:walkToFetchCost:)``
    ///   matches in `scopeRows` rows, `walkToFetchCost` being the driver's cost of a row walked
    ///   over that of a match fetched and sorted;
    /// - with `buckets` (the query's order can bucket), the matches by bucket
    ///   (``SearchPlan/matchesByBucket``) from ``defaultBucketThreshold(limit:)`` matches, the
    ///   walk then competing with reading a bucket, a `bucketCostShare` of fetching every match;
    ///   in a scope too small for that plan ever to be chosen, the walk competes with every match
    ///   as without buckets;
    /// - every match fetched and sorted (``SearchPlan/matchesFirst``) below both.
    /// The query's ``SearchQuery/orderFirstThreshold`` and ``SearchQuery/bucketThreshold`` force
    /// the thresholds. `walked` is the number of matches the walk's length depends on: the total
    /// when it is the scope's, more when a filter thins the rows the walk passes (SQLite then
    /// passes `√(matches × total)`).
    func pageRead(
        _ query: SearchQuery, walked: Double, total: Int, scopeRows: Int, walkToFetchCost: Double, bucketCostShare: Double,
        buckets: SearchOrderBuckets?
    ) -> PageRead {
        var buckets = buckets
        let bucketFrom = query.bucketThreshold ?? Self.defaultBucketThreshold(limit: query.limit)
        var threshold = Self.orderFirstThreshold(limit: query.limit, tableRows: scopeRows, walkToFetchCost: walkToFetchCost)
        if buckets != nil {
            let bucketed = Self.orderFirstThreshold(limit: query.limit, tableRows: scopeRows, walkToFetchCost: walkToFetchCost / bucketCostShare)
            if bucketed > bucketFrom { threshold = bucketed } else { buckets = nil }
        }
        threshold = query.orderFirstThreshold ?? threshold
        if walked >= Double(threshold) { return .orderFirst }
        if let buckets, total >= bucketFrom { return .byBucket(buckets) }
        return .matchesFirst
    }
}
