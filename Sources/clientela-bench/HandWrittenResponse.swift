/// The W2 yardstick: plain Swift that walks the benchmark data and writes the same JSON bytes as
/// the engine's W2 response, with no GraphQL machinery. Its time is the cost of the work itself.
enum HandWrittenResponse {
    static func w2(_ data: BenchData, limit: Int) -> [UInt8] {
        let matching = data.matching(status: "ACTIVE", type: nil)
        let page = matching.prefix(limit).lazy.map { data.clients[$0] }
        var out: [UInt8] = []
        out.reserveCapacity(64 * 1024)
        out.append(contentsOf: #"{"data":{"clients":{"data":["#.utf8)
        var first = true
        for client in page {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(contentsOf: #"{"id":"#.utf8)
            writeString(client.id, to: &out)
            out.append(contentsOf: #","name":"#.utf8)
            writeString(client.name, to: &out)
            out.append(contentsOf: #","email":"#.utf8)
            if let email = client.email { writeString(email, to: &out) } else { out.append(contentsOf: "null".utf8) }
            out.append(contentsOf: #","status":"#.utf8)
            writeString(client.status, to: &out)
            out.append(contentsOf: #","type":"#.utf8)
            writeString(client.type, to: &out)
            let user = data.users[client.assignedTo]
            out.append(contentsOf: #","assignedTo":{"id":"#.utf8)
            writeString(user.id, to: &out)
            out.append(contentsOf: #","firstName":"#.utf8)
            writeString(user.firstName, to: &out)
            out.append(contentsOf: #","lastName":"#.utf8)
            writeString(user.lastName, to: &out)
            out.append(contentsOf: #"},"events":["#.utf8)
            for (k, event) in client.events.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: #"{"id":"#.utf8)
                writeString(event.id, to: &out)
                out.append(contentsOf: #","name":"#.utf8)
                writeString(event.name, to: &out)
                out.append(contentsOf: #","startsAt":"#.utf8)
                writeString(event.startsAt, to: &out)
                out.append(UInt8(ascii: "}"))
            }
            out.append(contentsOf: #"],"_count":{"events":"#.utf8)
            out.append(contentsOf: String(client.events.count).utf8)
            out.append(contentsOf: #","interactions":"#.utf8)
            out.append(contentsOf: String(client.interactionCount).utf8)
            out.append(contentsOf: "}}".utf8)
        }
        let total = matching.count
        out.append(contentsOf: #"],"meta":{"total":"#.utf8)
        out.append(contentsOf: String(total).utf8)
        out.append(contentsOf: #","page":1,"limit":"#.utf8)
        out.append(contentsOf: String(limit).utf8)
        out.append(contentsOf: #","totalPages":"#.utf8)
        out.append(contentsOf: String((total + limit - 1) / limit).utf8)
        out.append(contentsOf: "}}}}".utf8)
        return out
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    private static func writeString(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: #"\u00"#.utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
