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

    /// One bucket's statement for ``pageByBucket(_:buckets:total:on:statement:)``: the rows of
    /// `bucket` that match (or, when `rest` is set, of it and every bucket after it), after the
    /// cursor, in the order, at most `rows` of them.
    typealias BucketStatement = (_ bucket: String, _ rest: Bool, _ rows: Int) -> SQL

    /// ``SearchPlan/matchesByBucket``, the walk both drivers share: the buckets in the order's
    /// direction from the cursor's (or the first row's), each read by the driver's own
    /// `statement` up to what the page still needs; the next bucket is found by one descent of
    /// the order's index (the first row past this bucket); after ``bucketSteps`` buckets the
    /// matches of all the buckets left are read at once.
    func pageByBucket(
        _ query: SearchQuery, buckets: SearchOrderBuckets, total: Int, on connection: any SQLConnection, statement: BucketStatement
    ) throws -> SearchPage {
        let wanted = query.limit + 1
        var bucket: String?
        if let cursor = query.after {
            guard case .text(let value) = cursor.values[0] else {
                throw StorageError(.invalidArgument, "search \(name): the cursor's \(buckets.column) must be text")
            }
            bucket = buckets.bucket(of: value)
        } else {
            bucket = try nextBucket(query, buckets: buckets, bound: SQL(generated: "1 = 1"), on: connection)
        }
        var rows: [Row] = []
        var steps = 0
        while let current = bucket, rows.count < wanted {
            let rest = steps == Self.bucketSteps
            rows += try connection.rows(statement(current, rest, wanted - rows.count))
            if rest || rows.count >= wanted { break }
            steps += 1
            guard let past = bound(past: current, query: query, buckets: buckets) else { break }
            bucket = try nextBucket(query, buckets: buckets, bound: past, on: connection)
        }
        return page(rows, query: query, total: total, plan: .matchesByBucket)
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
