/// What both drivers share of reading a page by order buckets (``SearchOrderBuckets``,
/// ``SearchPlan/matchesByBucket``): when to, and how to walk from one bucket to the next.
extension SearchIndex {
    /// How many buckets a page reads one by one before it reads the rest of the matches at once:
    /// each bucket costs an index scan (1.5–3 ms on PostgreSQL at a million rows), so a fragment whose first
    /// buckets hold fewer matches than expected costs at most this many scans more than
    /// ``SearchPlan/matchesFirst`` (and still fetches only the matches after these buckets).
    static let bucketSteps = 3

    /// The share of the rows one bucket is expected to hold, for the plans' costs: two letters of
    /// the benchmark's names give 2–6% (the first bucket 2%).
    static let bucketShare = 0.04

    /// The number of matches from which a page is read by bucket rather than from all the
    /// matches: ten pages' worth. Below it the first buckets seldom fill a page (with buckets of
    /// 2–6% of the rows, a thousand matches put 20–60 in each), so reading them one by one costs
    /// more index scans than fetching the few matches there are.
    static func defaultBucketThreshold(limit: Int) -> Int {
        10 * (limit + 1)
    }

    /// The bucket of the first row of the scope, in the order, that meets `bound`; nil when none.
    func nextBucket(_ query: SearchQuery, buckets: SearchOrderBuckets, bound: SQL, on connection: any SQLConnection) throws -> String? {
        let column = "\(table.name).\(buckets.column.name)"
        return try connection.scalar("""
            SELECT substr(\(SQL(generated: column)), 1, \(SQL(generated: String(buckets.characters)))) FROM \(table) WHERE \(bound)\(filterCondition(query))
            ORDER BY \(SQL(generated: column + (query.order.descending ? " DESC" : ""))) LIMIT 1
            """, as: String.self)
    }

    /// The rows of the buckets after `bucket` in the order: with code point order, a full bucket
    /// holds exactly the texts from it up to its successor, and a shorter bucket (a text shorter
    /// than the bucket's width) only that text. Nil when no bucket follows.
    func bound(past bucket: String, query: SearchQuery, buckets: SearchOrderBuckets) -> SQL? {
        var sql = SQL(generated: "\(table.name).\(buckets.column.name) ")
        if query.order.descending {
            sql.appendGenerated("< ")
            sql.appendBinding(.text(bucket))
        } else if bucket.unicodeScalars.count < buckets.characters {
            sql.appendGenerated("> ")
            sql.appendBinding(.text(bucket))
        } else {
            guard let successor = SearchOrderBuckets.successor(of: bucket) else { return nil }
            sql.appendGenerated(">= ")
            sql.appendBinding(.text(successor))
        }
        return sql
    }

    /// The rows of `bucket` and of every bucket after it in the order.
    func bound(from bucket: String, query: SearchQuery, buckets: SearchOrderBuckets) -> SQL {
        var sql = SQL(generated: "\(table.name).\(buckets.column.name) ")
        if !query.order.descending {
            sql.appendGenerated(">= ")
            sql.appendBinding(.text(bucket))
        } else if bucket.unicodeScalars.count < buckets.characters {
            sql.appendGenerated("<= ")
            sql.appendBinding(.text(bucket))
        } else if let successor = SearchOrderBuckets.successor(of: bucket) {
            sql.appendGenerated("< ")
            sql.appendBinding(.text(successor))
        } else {
            return SQL(generated: "1 = 1")
        }
        return sql
    }
}
