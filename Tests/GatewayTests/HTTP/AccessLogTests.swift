import Foundation
import Gateway
import GraphQL
import HTTPServer
import Testing

/// The access-log line of each request: its content, and what must never be in it.
@Suite struct AccessLogTests {
    @Test func writesOneLineWithEveryFieldForARequest() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(json: [("query", "query Count { storedNotes failing }")])
        let lines = harness.log.requests
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(line.objectValue?.keys == [
            "time", "event", "requestId", "method", "path", "operationName", "status", "durationMs", "statements", "userId", "errorCodes",
        ])
        #expect(line["requestId"] == response.headers["X-Request-Id"].map(Value.string))
        #expect(line["method"] == "POST")
        #expect(line["path"] == "/graphql")
        #expect(line["operationName"] == "Count")
        #expect(line["status"] == 294)
        #expect(line["statements"] == 1)
        #expect(line["userId"] == .null)
        #expect(line["errorCodes"] == ["NOT_FOUND"])
        let duration = try #require(line["durationMs"])
        switch duration {
        case .int(let value): #expect(value >= 0)
        case .float(let value): #expect(value >= 0)
        default: Issue.record("durationMs is not a number: \(duration)")
        }
        let time = try #require(line["time"]?.stringValue)
        #expect(time.count == 24 && time.hasSuffix("Z") && time.dropFirst(10).first == "T", "\(time)")
    }

    @Test func namesTheOperationGivenByTheRequestOrTheDocument() async throws {
        let harness = try await GatewayHarness.make()
        _ = await harness.get([("query", "query A { hello } query B { hello }"), ("operationName", "B")])
        _ = await harness.get([("query", "query Only { hello }")])
        _ = await harness.get([("query", "{ hello }")])
        #expect(harness.log.requests.map { $0["operationName"] } == ["B", "Only", .null])
    }

    @Test func neverLogsTheTokenAVariableOrTheQueryString() async throws {
        let harness = try await GatewayHarness.make()
        _ = await harness.post(
            json: [("query", "query Greet($name: String) { hello(name: $name) }"), ("variables", ["name": "VARIABLE-SECRET-1"])],
            headers: [("Authorization", "Bearer TOKEN-SECRET-2"), ("Cookie", "session=COOKIE-SECRET-3")])
        _ = await harness.get(
            [("query", "query Greet($name: String) { hello(name: $name) }"), ("variables", #"{"name":"QUERYSTRING-SECRET-4"}"#)],
            headers: [("Authorization", "Bearer TOKEN-SECRET-2")])
        _ = await harness.post(json: [("query", #"{ hello(name: "LITERAL-SECRET-5") }"#)])
        let log = harness.log.all.joined(separator: "\n")
        #expect(harness.log.requests.count == 3)
        for secret in ["VARIABLE-SECRET-1", "TOKEN-SECRET-2", "COOKIE-SECRET-3", "QUERYSTRING-SECRET-4", "LITERAL-SECRET-5", "variables", "?"] {
            #expect(!log.contains(secret), "\(secret) leaked into the log")
        }
        #expect(harness.log.requests[1]["path"] == "/graphql")
    }

    @Test func logsEveryRouteAndErrorCodesOnlyWhenThereAreSome() async throws {
        let harness = try await GatewayHarness.make()
        _ = await harness.request("GET", "/healthz")
        _ = await harness.request("DELETE", "/graphql")
        let lines = harness.log.requests
        #expect(lines.map { $0["status"] } == [200, 405])
        #expect(lines.map { $0["path"] } == ["/healthz", "/graphql"])
        #expect(lines[0]["errorCodes"] == nil)
        #expect(lines[1]["errorCodes"] == ["METHOD_NOT_ALLOWED"])
    }

    @Test func writesEachErrorCodeOnce() {
        let entry = AccessLogEntry(
            time: Date(timeIntervalSince1970: 0), requestId: "r", method: "POST", path: "/graphql", operationName: nil, status: 422,
            duration: .microseconds(1_500), statements: 0, userId: "u-1", errorCodes: ["A", "B"])
        #expect(entry.jsonLine == #"{"time":"1970-01-01T00:00:00.000Z","event":"request","requestId":"r","method":"POST","path":"/graphql","operationName":null,"status":422,"durationMs":1.5,"statements":0,"userId":"u-1","errorCodes":["A","B"]}"#)
    }

    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00.000Z"),
        (951_782_400.5, "2000-02-29T00:00:00.500Z"),
        (-1, "1969-12-31T23:59:59.000Z"),
        (1_796_104_262.123, "2026-12-01T05:51:02.123Z"),
        (4_102_444_799.999, "2099-12-31T23:59:59.999Z"),
    ])
    func formatsTimesAsRFC3339UTCWithMilliseconds(seconds: Double, text: String) {
        #expect(RFC3339Timestamp.format(Date(timeIntervalSince1970: seconds)) == text)
    }
}
