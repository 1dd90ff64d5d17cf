internal import CSQLite
import Synchronization

/// Copies the WAL's pages back into a file database on a thread and connection of its own, so
/// that no write waits for it.
///
/// Why: SQLite's default is that the commit which takes the WAL past 1,000 pages checkpoints it
/// before returning, writing those pages into the database file and syncing it. Under the
/// writes of a CRM that commit is an ordinary request: one-row inserts into a table of 100,000
/// rows with search counts had a 99th percentile of 25–27 ms, 1.6–1.9 ms with the writer's
/// checkpoints turned off, and 2.4–3.0 ms with this checkpointer (`clientela-bench storage
/// --backend sqlite --rows 100000`, 1,000 inserts of one row each; the median rose from 0.49 to
/// 0.61–0.66 ms, the checkpoint now running beside the inserts on two cores). So the writer
/// connection gets a WAL hook (``watch(_:)``), which turns SQLite's automatic checkpoints off for
/// it and reports the WAL's size after each commit; past ``walPages`` pages, one checkpoint is
/// queued here (never more than one at a time).
///
/// The checkpoint is `PASSIVE`, as SQLite's automatic one is: it copies what no reader still
/// needs and never waits for readers or the writer (nor do they for it, beyond SQLite's own
/// short locks), and the writer starts the WAL over once a checkpoint has copied all of it. A
/// reader that keeps an old snapshot open holds the WAL's growth back exactly as before. What
/// this gives up: nothing of durability (the WAL is the committed state either way); the WAL
/// may grow past ``walPages`` while a checkpoint runs.
final class SQLiteCheckpointer: Sendable {
    /// The WAL size from which a checkpoint is queued: SQLite's own automatic threshold.
    static let walPages: Int32 = 1000

    private let configuration: SQLiteConfiguration
    private let thread = BlockingExecutor(threads: 1, name: "sqlite-checkpointer")
    /// The connection, opened on the checkpointer's thread when first needed and used only there,
    /// and whether ``close()`` has run (a checkpoint queued after it must not open another).
    private let state = Mutex<State>(State())
    private let queued = Atomic<Bool>(false)
    private let completed = Atomic<Int>(0)

    private struct State {
        var connection: SQLiteConnection?
        var closed = false
    }

    init(configuration: SQLiteConfiguration) {
        self.configuration = configuration
    }

    /// How many checkpoints ran here, for tests and diagnostics.
    var checkpoints: Int { completed.load(ordering: .relaxed) }

    /// Installs the hook on the writer: from now on its commits report here and never checkpoint.
    ///
    /// The hook holds this object unretained: the writer pool's `open` closure, which calls this,
    /// holds it strongly, so it lives as long as any writer connection that reports to it.
    func watch(_ writer: SQLiteConnection) {
        sqlite3_wal_hook(writer.handle, { context, _, _, pages in
            guard let context else { return SQLITE_OK }
            Unmanaged<SQLiteCheckpointer>.fromOpaque(context).takeUnretainedValue().committed(walPages: pages)
            return SQLITE_OK
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// Called on the writer's thread after each commit, with the WAL's size in pages.
    private func committed(walPages pages: Int32) {
        guard pages >= Self.walPages, !queued.exchange(true, ordering: .acquiringAndReleasing) else { return }
        thread.submit { [self] in
            queued.store(false, ordering: .releasing)
            checkpoint()
        }
    }

    /// One passive checkpoint. A failure (the file gone, out of memory) is left to the next one
    /// and to the checkpoint the last connection makes when it closes: the WAL keeps every
    /// committed page meanwhile, so nothing is lost by waiting.
    private func checkpoint() {
        state.withLock { state in
            guard !state.closed else { return }
            if state.connection == nil {
                state.connection = try? SQLiteConnection(configuration: configuration, role: .checkpointer, totalCounter: StatementCounter())
            }
            guard let handle = state.connection?.handle else { return }
            if sqlite3_wal_checkpoint_v2(handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil) == SQLITE_OK {
                completed.add(1, ordering: .relaxed)
            }
        }
    }

    /// Lets a queued checkpoint finish, closes the connection and ends the thread. Commits after
    /// this queue nothing (the writer's own close then checkpoints what is left).
    func close() async {
        _ = try? await thread.run { [self] in
            state.withLock { state in
                state.closed = true
                state.connection?.close()
                state.connection = nil
            }
        }
        thread.shutdown()
    }
}
