import Foundation
import Gateway
import HTTPServer

/// `clientela-bench profile-gateway WORKLOAD COUNT`: runs one workload's `POST /graphql` through
/// `GatewayHandler.handle` `COUNT` times with no socket, and prints the mean time per request,
/// so that the handler's own cost can be told apart from the server's and the network's (and
/// profiled with `perf record -g`).
enum GatewayProfile {
    /// - Parameter tasks: How many tasks send the `count` requests between them, each its share
    ///   one after the other. More than one shows what the threads of the pool cost each other
    ///   (shared reference counts and locks bouncing between cores), which one task cannot.
    /// - Parameter taskPerRequest: Each request in a task of its own, as the server runs it: the
    ///   task's creation and the first slabs of its stack (one allocation per async frame that
    ///   no longer fits) are then counted too, which one long-lived task hides. The time then
    ///   includes the caller's switch to that task and back.
    static func run(_ name: String, count: Int, tasks: Int, taskPerRequest: Bool, benchDirectory: URL) async throws {
        let workload = try GatewayWorkload(name, benchDirectory: benchDirectory)
        let gateway = workload.gateway, request = workload.request
        var bytes = 0
        let clock = ContinuousClock()
        let elapsed = await clock.measure {
            bytes = await withTaskGroup(of: Int.self) { group in
                for task in 0..<tasks {
                    let share = count / tasks + (task < count % tasks ? 1 : 0)
                    group.addTask {
                        var bytes = 0
                        for _ in 0..<share {
                            if taskPerRequest {
                                bytes += await Task { await gateway.handle(request).body.count }.value
                            } else {
                                bytes += await gateway.handle(request).body.count
                            }
                        }
                        return bytes
                    }
                }
                return await group.reduce(0, +)
            }
        }
        let perRequest = Double(elapsed.components.attoseconds) / 1e12 / Double(count) + Double(elapsed.components.seconds) * 1e6 / Double(count)
        print("\(name): \(count) requests through GatewayHandler by \(tasks) task(s)\(taskPerRequest ? ", a task per request" : ""), \(bytes / max(count, 1)) bytes each, \(String(format: "%.1f", perRequest)) µs per request")
    }
}
