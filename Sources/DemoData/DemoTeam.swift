import Clients
import Foundation
import Tenancy

/// The demo agency's people: an owner, an admin and three members, and the CLIENT login of one
/// client. Emails are on the agency's own domain, except the client's, which is the client's.
enum DemoTeam {
    static func members(of organization: Organization) -> [User] {
        let people: [(String, String, String, Role)] = [
            ("Mariana", "Luna", "mariana.luna", .orgOwner),
            ("Rodrigo", "Salas", "rodrigo.salas", .orgAdmin),
            ("Paola", "Ibarra", "paola.ibarra", .orgMember),
            ("Tomás", "Cárdenas", "tomas.cardenas", .orgMember),
            ("Fernanda", "Ríos", "fernanda.rios", .orgMember),
        ]
        return people.map { first, last, local, role in
            User(organizationID: organization.id, firstName: first, lastName: last, email: "\(local)@agencialuna.mx", role: role,
                 createdAt: organization.createdAt)
        }
    }

    /// The login of `client`, under the client's own name and email.
    static func clientLogin(for client: Client) -> User {
        User(organizationID: client.organization, firstName: client.draft.firstName ?? client.draft.name,
             lastName: client.draft.lastName ?? "", email: client.draft.email?.value ?? "cliente@agencialuna.mx", role: .client,
             clientID: client.id, createdAt: client.createdAt)
    }
}
