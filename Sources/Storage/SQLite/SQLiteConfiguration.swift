/// How to open an SQLite database.
package struct SQLiteConfiguration: Sendable, Equatable {
    /// Where the database lives.
    package enum Location: Sendable, Equatable {
        /// A file, created when missing.
        case file(path: String)
        /// A private in-memory database, gone when closed. It has one connection that serves
        /// both reads and writes, since separate connections would each see their own database.
        case memory
    }

    /// How hard SQLite works to make a commit durable (`PRAGMA synchronous`).
    package enum Synchronous: String, Sendable, Equatable {
        /// In WAL mode a commit survives the process being killed, not a power cut of the machine
        /// before the next checkpoint; no fsync per commit.
        case normal = "NORMAL"
        /// A commit also survives a power cut: one fsync per commit.
        case full = "FULL"
    }

    package var location: Location
    /// Connections reserved for reads, so that reads never wait for the writer.
    package var readers: Int
    /// How long a statement waits for another process's lock before failing with SQLITE_BUSY.
    package var busyTimeout: Duration
    package var synchronous: Synchronous
    /// Prepared statements kept per connection for reuse.
    package var statementCacheCapacity: Int
    /// The most memory each connection's page cache may use, in bytes (`PRAGMA cache_size`).
    /// SQLite's default of 2 MB makes every lookup in a large table a `pread`.
    package var pageCacheBytes: Int
    /// How much of the file is read through memory mapping, in bytes (`PRAGMA mmap_size`), which
    /// spares readers a copy per page; 0 turns it off.
    package var memoryMapBytes: Int

    package init(
        location: Location,
        readers: Int = 4,
        busyTimeout: Duration = .seconds(5),
        synchronous: Synchronous = .normal,
        statementCacheCapacity: Int = 256,
        pageCacheBytes: Int = 64 << 20,
        memoryMapBytes: Int = 1 << 30
    ) {
        self.location = location
        self.readers = readers
        self.busyTimeout = busyTimeout
        self.synchronous = synchronous
        self.statementCacheCapacity = statementCacheCapacity
        self.pageCacheBytes = pageCacheBytes
        self.memoryMapBytes = memoryMapBytes
    }

    /// A database file at `path`.
    package static func file(_ path: String) -> SQLiteConfiguration {
        SQLiteConfiguration(location: .file(path: path))
    }

    /// A private in-memory database.
    package static var memory: SQLiteConfiguration {
        SQLiteConfiguration(location: .memory)
    }
}
