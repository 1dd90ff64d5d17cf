import Clients
import Foundation
import GraphQL
import Storage
import Tenancy

/// Writes the small demo's clients one by one through the Clients rules and repository, as the
/// API would: the input is checked (``ClientDraft/creating(from:rules:)``), the client created as
/// PROSPECT, walked through the lifecycle to its status, given purchases, contacts and events.
struct DemoClientWriter {
    let connection: any SQLConnection
    let organization: Organization
    let team: [User]
    var factory: DemoClientFactory
    var refids: SeededGenerator
    private(set) var statusChanges = 0
    private(set) var events = 0
    private(set) var deleted = 0
    private var emails: Set<String> = []
    private var bound: Client?

    init(connection: any SQLConnection, organization: Organization, team: [User], seed: UInt64) {
        self.connection = connection
        self.organization = organization
        self.team = team
        factory = DemoClientFactory(seed: seed)
        refids = SeededGenerator(seed: seed &* 31)
    }

    /// The paths through the lifecycle table to each status, from PROSPECT.
    static let paths: [ClientStatus: [ClientStatus]] = [
        .prospect: [], .pending: [.pending], .active: [.pending, .active], .suspended: [.active, .suspended],
        .completed: [.active, .completed], .inactive: [.active, .completed, .inactive],
    ]

    private var scope: AccessScope { AccessScope(Caller(team[0])!) }

    mutating func add(number: Int, of count: Int) throws {
        var demo = factory.make(number: number, distinctEmail: false)
        // The first six reach every status and every source, whatever the weights drew.
        if number < ClientStatus.allCases.count { demo.status = ClientStatus.allCases[number] }
        if number < AcquisitionSource.allCases.count { demo.source = AcquisitionSource.allCases[number] }
        if emails.contains(demo.email) { demo.email = demo.email.replacingOccurrences(of: "@", with: ".\(number)@") }
        emails.insert(demo.email)
        let validation = try ClientDraft.creating(from: demo.input, rules: ClientRules(country: organization.country))
        guard validation.warnings.isEmpty else {
            throw StorageError(.invalidArgument, "demo client \(number) drew warnings: \(validation.warnings)")
        }
        let created = DemoSeed.firstDay.addingTimeInterval(Double(number) * 330 * 86_400 / Double(count) + Double(factory.generator.int(in: 0...3600)))
        let staff = team[factory.generator.int(in: 0...(team.count - 1))]
        let assignee = factory.generator.chance(85) ? team[factory.generator.int(in: 0...(team.count - 1))].id : nil
        let clients = ClientRepository(connection)
        var client = try clients.create(
            validation.draft, organization: organization.id, refidPrefix: organization.settings.refidPrefix, assignedTo: assignee,
            createdBy: staff.id, at: created, in: scope, using: &refids)
        var day = created
        for target in Self.paths[demo.status] ?? [] {
            day = day.addingTimeInterval(Double(factory.generator.int(in: 1...20)) * 86_400)
            client = try clients.transition(client.id, to: target, reason: Self.reason(for: target), by: assignee ?? staff.id, at: day, in: scope).client
            statusChanges += 1
        }
        if demo.status == .completed || demo.status == .inactive || (demo.status == .active && factory.generator.chance(40)) {
            let purchases = factory.generator.int(in: 1...30)
            _ = try clients.recordPurchases(
                client.id, completed: purchases, lifetimeValue: purchases * factory.generator.int(in: 8_000...95_000) * 100,
                lastPurchaseAt: day, thresholds: .default, in: scope)
        }
        if demo.status != .prospect { _ = try clients.recordContact(client.id, at: day.addingTimeInterval(3_600), in: scope) }
        try addEvent(for: demo, client: client, from: day)
        if bound == nil, demo.status == .active, demo.type == .individual { bound = client }
        if number % 97 == 96, client.id != bound?.id {
            _ = try clients.delete(client.id, at: day.addingTimeInterval(7_200), in: scope)
            deleted += 1
        }
    }

    func boundClient() throws -> Client {
        guard let bound else { throw StorageError(.invalidArgument, "the demo has no ACTIVE person to bind the CLIENT login to") }
        return bound
    }

    /// A wedding, a quinceañera or a corporate event, named as the agency names them, in the
    /// status the client's stage implies.
    private mutating func addEvent(for demo: DemoClient, client: Client, from day: Date) throws {
        guard let kind = demo.metadata.objectValue?["evento"]?.stringValue else { return }
        let name: String
        switch (demo.type, kind) {
        case (.company, _): name = "\(kind.prefix(1).uppercased() + kind.dropFirst()) \(demo.name)"
        case (_, "boda"): name = "Boda \(demo.lastName ?? demo.name)"
        case (_, "XV años"): name = "XV años de \(demo.firstName ?? demo.name) \(demo.lastName?.split(separator: " ").first ?? "")"
        default: name = "\(kind.prefix(1).uppercased() + kind.dropFirst()) \(demo.lastName ?? demo.name)"
        }
        let status: EventStatus = switch demo.status {
        case .prospect, .pending: .planned
        case .active: .confirmed
        case .completed: .completed
        case .suspended, .inactive: .cancelled
        }
        let starts = day.addingTimeInterval(Double(factory.generator.int(in: 30...240)) * 86_400)
        try EventRepository(connection).create(
            Event(organization: organization.id, client: client.id, name: name, startsAt: starts,
                  endsAt: starts.addingTimeInterval(Double(factory.generator.int(in: 4...8)) * 3_600), status: status, createdAt: day),
            in: scope)
        events += 1
    }

    private static func reason(for status: ClientStatus) -> String {
        switch status {
        case .pending: "Cotización enviada"
        case .active: "Anticipo recibido"
        case .suspended: "Pago pendiente"
        case .completed: "Evento realizado"
        case .inactive: "Sin actividad"
        case .prospect: "Nuevo contacto"
        }
    }
}
