import Foundation

/// How `clientela-bench storage` prints its figures: one aligned line per measurement, flushed at
/// once so that a run sent to a file shows its progress.
enum StorageReport {
    static func line(_ what: String, _ figure: String, _ detail: String) {
        print("  " + what.padding(toLength: 22, withPad: " ", startingAt: 0) + figure + (detail.isEmpty ? "" : " " + detail))
        fflush(nil)
    }

    static func format(_ duration: Duration) -> String {
        let seconds = duration.microseconds / 1_000_000
        if seconds >= 1 { return String(format: "%.2f s", seconds) }
        if seconds >= 0.001 { return String(format: "%.2f ms", seconds * 1000) }
        return String(format: "%.0f µs", seconds * 1_000_000)
    }
}
