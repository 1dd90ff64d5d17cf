/// The in-memory dataset of the engine benchmark, as ../shared/bench/README.md defines it:
/// 10,000 clients, 50 users, 5 events per client.
struct BenchData: Sendable {
    struct User: Sendable {
        let id: String
        let firstName: String
        let lastName: String
        let email: String
    }

    struct Event: Sendable {
        let id: String
        let name: String
        let startsAt: String
    }

    struct Client: Sendable {
        let index: Int
        let id: String
        let refid: String
        let name: String
        let email: String?
        let phone: String?
        let status: String
        let type: String
        let segment: String
        let createdAt: String
        let assignedTo: Int
        let events: [Event]
        let interactionCount: Int
    }

    static let statuses = ["PROSPECT", "PENDING", "ACTIVE", "SUSPENDED", "COMPLETED", "INACTIVE"]
    static let segments = ["PREMIUM", "REGULAR", "OCCASIONAL"]

    let clients: [Client]
    let users: [User]
    /// Client indices by `status|type` key (either part may be empty for "any"), in id order:
    /// the in-memory counterpart of a database index, so that a filtered page does not scan.
    private let index: [String: [Int]]

    init(clientCount: Int = 10_000, userCount: Int = 50) {
        let firstNames = ["Ana", "Luis", "María", "José", "Carmen", "Javier", "Lucía", "Pedro", "Sofía", "Diego"]
        let lastNames = ["García", "Martínez", "López", "Hernández", "González", "Pérez", "Rodríguez", "Sánchez"]
        users = (0..<userCount).map { u in
            User(
                id: "u\(u)",
                firstName: firstNames[u % firstNames.count],
                lastName: lastNames[u % lastNames.count],
                email: "user\(u)@clientela.test"
            )
        }
        clients = (0..<clientCount).map { i in
            let individual = i % 2 == 0
            let name = individual
                ? "\(firstNames[i % firstNames.count]) \(lastNames[(i / 10) % lastNames.count]) \(i)"
                : "Comercial \(lastNames[i % lastNames.count]) \(i) S.A. de C.V."
            return Client(
                index: i,
                id: String(i),
                refid: "CL-\(String(repeating: "0", count: max(0, 6 - String(i).count)))\(i)",
                name: name,
                email: i % 10 == 9 ? nil : "client\(i)@example.com",
                phone: i % 4 == 3 ? nil : "+52 55 \(1000 + i % 9000) \(2000 + i % 7000)",
                status: BenchData.statuses[i % 6],
                type: individual ? "INDIVIDUAL" : "COMPANY",
                segment: BenchData.segments[i % 3],
                createdAt: "2026-\(String(format2: 1 + i % 12))-\(String(format2: 1 + i % 28))T10:\(String(format2: i % 60)):00Z",
                assignedTo: i % userCount,
                events: (0..<5).map { k in
                    Event(id: "\(i)-\(k)", name: "Event \(k) of client \(i)", startsAt: "2027-0\(1 + k)-15T09:30:00Z")
                },
                interactionCount: i % 7
            )
        }
        index = BenchData.buildIndex(clients)
    }

    /// The indices of the clients that match a filter, in id order: what `clients(filter:)`
    /// pages over.
    func matching(status: String?, type: String?) -> [Int] {
        index[BenchData.indexKey(status: status, type: type)] ?? []
    }

    private static func indexKey(status: String?, type: String?) -> String {
        "\(status ?? "")|\(type ?? "")"
    }

    private static func buildIndex(_ clients: [Client]) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for client in clients {
            for status in [client.status, nil] {
                for type in [client.type, nil] {
                    index[indexKey(status: status, type: type), default: []].append(client.index)
                }
            }
        }
        return index
    }
}

extension String {
    /// A two-digit, zero-padded decimal.
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : String(value)
    }
}
