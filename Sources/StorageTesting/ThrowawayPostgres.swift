import Foundation
import Synchronization

/// A throwaway PostgreSQL cluster for tests and benchmarks, started from the installed server
/// binaries: `initdb` in a temporary folder, on a free loopback port, run as the `postgres` user
/// when the process runs as root (PostgreSQL refuses root), with durability off for speed
/// (`fsync`, `synchronous_commit` and `full_page_writes` off: a crash of the server loses the
/// cluster, which is thrown away anyway). It is stopped and removed when the process exits;
/// clusters left behind by a killed process are swept at the next start.
package enum ThrowawayPostgres {
    /// Why a cluster cannot be started here, or nil when it can.
    package static let unavailableReason: String? = {
        guard let bin = binDirectory else {
            return "no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin"
        }
        if getuid() == 0 {
            guard getpwnam("postgres") != nil else { return "running as root and there is no `postgres` user to run \(bin)/postgres as" }
            guard FileManager.default.isExecutableFile(atPath: runuser) else { return "running as root and \(runuser) is missing" }
        }
        return nil
    }()

    /// Starts the cluster (once per process) and returns the URL of its `postgres` database, for
    /// the superuser `postgres` with trust authentication on 127.0.0.1.
    ///
    /// - Throws: ``ThrowawayPostgresError`` when the cluster cannot be created or started.
    /// Callers wait without holding a thread, and the cluster is made on a thread of its own
    /// (``offThePool(_:)``): initdb takes seconds, and every test target of the run asks at once.
    package static func start() async throws -> String {
        try await started.value
    }

    private static let started = Task<String, any Error> {
        try await offThePool { try startCluster() }
    }

    private static let runuser = "/usr/sbin/runuser"

    private static let binDirectory: String? = {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return versions.compactMap(Int.init).sorted().reversed()
            .map { "\(root)/\($0)/bin" }
            .first { FileManager.default.isExecutableFile(atPath: "\($0)/initdb") && FileManager.default.isExecutableFile(atPath: "\($0)/pg_ctl") }
    }()

    /// The running cluster's folder, for the exit handler.
    private static let cluster = Mutex<String?>(nil)

    private static func startCluster() throws -> String {
        sweepAbandonedClusters()
        guard let bin = binDirectory else { throw ThrowawayPostgresError("no PostgreSQL binaries") }
        var template = Array("/tmp/clientela-pg-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw ThrowawayPostgresError("mkdtemp failed: errno \(errno)") }
        let folder = String(cString: made)
        try "\(getpid())".write(toFile: "\(folder)/owner.pid", atomically: true, encoding: .utf8)
        if getuid() == 0, let user = getpwnam("postgres") {
            chown(folder, user.pointee.pw_uid, user.pointee.pw_gid)
        }
        cluster.withLock { $0 = folder }
        atexit { ThrowawayPostgres.stopCluster() }
        let data = "\(folder)/data"
        let log = "\(folder)/commands.log"
        try runAsPostgres("\(bin)/initdb", log: log, ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions"])
        var lastError: (any Error)?
        for _ in 0..<5 {
            let port = freePort()
            do {
                try runAsPostgres("\(bin)/pg_ctl", log: log, [
                    "start", "-D", data, "-w", "-t", "60", "-l", "\(folder)/server.log", "-o",
                    "-p \(port) -k \(folder) -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=256MB -c max_wal_size=2GB",
                ])
                return "postgres://postgres@127.0.0.1:\(port)/postgres"
            } catch {
                lastError = error
            }
        }
        throw lastError ?? ThrowawayPostgresError("the throwaway PostgreSQL did not start")
    }

    /// Stops the cluster immediately (SIGQUIT to the postmaster) and removes its folder.
    private static func stopCluster() {
        guard let folder = cluster.withLock({ $0 }) else { return }
        stop(folder)
    }

    private static func stop(_ folder: String) {
        if let pidText = try? String(contentsOfFile: "\(folder)/data/postmaster.pid", encoding: .utf8),
           let pid = pidText.split(separator: "\n").first.flatMap({ Int32($0) }) {
            kill(pid, SIGQUIT)
            for _ in 0..<100 where kill(pid, 0) == 0 {
                usleep(50_000)
            }
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Stops and removes clusters whose test process died without stopping them.
    private static func sweepAbandonedClusters() {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/tmp")) ?? []
        for entry in entries where entry.hasPrefix("clientela-pg-") {
            let folder = "/tmp/\(entry)"
            guard let owner = try? String(contentsOfFile: "\(folder)/owner.pid", encoding: .utf8), let pid = Int32(owner) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { stop(folder) }
        }
    }

    /// Runs a PostgreSQL program and waits for it. Its output goes to a file, not a pipe: the
    /// server that `pg_ctl start` leaves running would inherit a pipe and keep it open forever.
    private static func runAsPostgres(_ executable: String, log: String, _ arguments: [String]) throws {
        let child = getuid() == 0
            ? try ChildProcess.spawn(runuser, ["-u", "postgres", "--", executable] + arguments, output: .file(log))
            : try ChildProcess.spawn(executable, arguments, output: .file(log))
        let status = child.wait()
        guard status == 0 else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw ThrowawayPostgresError("\(executable) failed with status \(status): \(text)")
        }
    }

    /// A loopback port that was free a moment ago.
    private static func freePort() -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// Why the throwaway cluster did not start, with the command's output.
package struct ThrowawayPostgresError: Error, CustomStringConvertible {
    package let description: String
    init(_ description: String) { self.description = description }
}
