import Clients
import Foundation
import GraphQL
import Tenancy

/// Makes demo clients from a seeded generator: the same seed and numbers give the same clients
/// on every machine.
///
/// Mostly people (four in five: couples, quinceañeras' parents), the rest companies (corporate
/// events); every status, type and acquisition source in proportions a small events agency
/// might see. Client number `n` always has a distinct RFC (see ``DemoRFC``); its email is distinct
/// when `distinctEmail` is set (the bulk path), and otherwise the caller retries a taken one
/// with it set.
package struct DemoClientFactory: Sendable {
    package var generator: SeededGenerator

    package init(seed: UInt64) {
        generator = SeededGenerator(seed: seed)
    }

    /// Statuses by weight out of 100.
    static let statusWeights: [(ClientStatus, Int)] = [
        (.prospect, 20), (.pending, 10), (.active, 35), (.suspended, 5), (.completed, 20), (.inactive, 10),
    ]

    static let sourceWeights: [(AcquisitionSource, Int)] = [
        (.socialMedia, 30), (.referral, 25), (.google, 20), (.website, 10), (.direct, 10), (.other, 5),
    ]

    package mutating func make(number: Int, distinctEmail: Bool) -> DemoClient {
        let company = generator.chance(20)
        let region = generator.pick(MexicanNames.regions)
        let municipality = generator.pick(region.municipalities)
        let street = "\(generator.pick(MexicanNames.streets)) \(generator.int(in: 1...2500))"
        let phone = Self.phone(areaCode: generator.pick(region.areaCodes), digits: generator.next())
        let source = weighted(Self.sourceWeights)
        let detail = generator.pick(MexicanNames.acquisitionDetails[source.rawValue] ?? ["—"])
        let status = weighted(Self.statusWeights)
        let notes = generator.chance(30) ? generator.pick(MexicanNames.notes) : nil
        let emailTag = distinctEmail ? ".\(number)" : ""
        if company {
            let base = "\(generator.pick(MexicanNames.companyStarts)) \(generator.pick(MexicanNames.companyNames))"
            let name = "\(base) \(generator.pick(MexicanNames.legalForms))"
            let domain = Self.emailWord(base)
            let metadata: Value = .object(OrderedObject([
                ("empleados", .int(generator.int(in: 10...2000))), ("requiereFactura", .bool(true)),
                ("evento", .string(generator.pick(["convención anual", "posada", "lanzamiento de producto", "congreso"]))),
            ]))
            return DemoClient(
                number: number, type: .company, firstName: nil, lastName: nil, name: name,
                email: "eventos\(emailTag)@\(domain).com.mx", phone: phone, taxID: DemoRFC.company(name: base, number: number),
                businessName: name, billingAddress: "\(street), \(municipality), \(region.state), C.P. \(generator.int(in: 10000...99999))",
                street: street, municipality: municipality, state: region.state, source: source, sourceDetail: detail,
                notes: notes, metadata: metadata, status: status)
        }
        let first = generator.pick(MexicanNames.firstNames)
        let paternal = generator.pick(MexicanNames.surnames)
        let maternal = generator.pick(MexicanNames.surnames)
        let local = "\(Self.emailWord(first)).\(Self.emailWord(paternal))"
        var metadata = OrderedObject()
        if generator.chance(60) {
            metadata = OrderedObject([
                ("evento", .string(generator.pick(["boda", "XV años", "bautizo", "aniversario"]))),
                ("invitados", .int(generator.int(in: 5...40) * 10)), ("salon", .string(generator.pick(MexicanNames.venues))),
            ])
        }
        return DemoClient(
            number: number, type: .individual, firstName: first, lastName: "\(paternal) \(maternal)",
            name: "\(first) \(paternal) \(maternal)", email: "\(local)\(emailTag)@\(generator.pick(MexicanNames.emailDomains))",
            phone: phone, taxID: DemoRFC.person(firstName: first, paternal: paternal, maternal: maternal, number: number),
            businessName: nil, billingAddress: nil, street: street, municipality: municipality, state: region.state,
            source: source, sourceDetail: detail, notes: notes, metadata: .object(metadata), status: status)
    }

    /// A name as email users write it: lower-case ASCII letters, accents dropped, `ñ` as `n`.
    static func emailWord(_ text: String) -> String {
        String(text.lowercased().folding(options: .diacriticInsensitive, locale: nil).filter { $0.isASCII && $0.isLetter })
    }

    /// `+52 55 1234 5678`: the area code, then digits up to Mexico's ten.
    static func phone(areaCode: String, digits: UInt64) -> String {
        let rest = String(String(digits % 100_000_000).reversed()).padding(toLength: 10 - areaCode.count, withPad: "0", startingAt: 0)
        let middle = rest.count - 4
        return "+52 \(areaCode) \(rest.prefix(middle)) \(rest.suffix(4))"
    }

    private mutating func weighted<T>(_ table: [(T, Int)]) -> T {
        var roll = generator.int(in: 0...(table.reduce(0) { $0 + $1.1 } - 1))
        for (value, weight) in table {
            if roll < weight { return value }
            roll -= weight
        }
        return table[table.count - 1].0
    }
}
