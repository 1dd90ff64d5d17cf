import Foundation
import GraphQL
import Tenancy

extension ClientChange {
    /// The changes from `old` to `new`, one per field whose shown value differs, named as the
    /// update input names the fields (`assignedToId`, `resellerId`: what the caller sent).
    static func between(_ old: Client, _ new: Client, at date: Date, by user: UserID?) -> [ClientChange] {
        var changes: [ClientChange] = []
        for (field, text) in shownFields {
            let from = text(old), to = text(new)
            if from != to {
                changes.append(ClientChange(client: old.id, field: field, from: from, to: to, at: date, by: user))
            }
        }
        return changes
    }

    /// Each changeable field with its shown text.
    private static let shownFields: [(String, @Sendable (Client) -> String?)] = [
        ("name", { $0.draft.name }),
        ("firstName", { $0.draft.firstName }),
        ("lastName", { $0.draft.lastName }),
        ("email", { $0.draft.email?.value }),
        ("phone", { $0.draft.phone?.value }),
        ("type", { $0.draft.type.rawValue }),
        ("taxId", { $0.draft.taxId?.value }),
        ("businessName", { $0.draft.businessName }),
        ("billingAddress", { $0.draft.billingAddress }),
        ("address", { client in
            client.draft.address.map { address in
                [address.street, address.commune, address.region, address.country].map { $0 ?? "" }.joined(separator: ", ")
            }
        }),
        ("acquisitionSource", { $0.draft.acquisitionSource?.rawValue }),
        ("acquisitionDetail", { $0.draft.acquisitionDetail }),
        ("notes", { $0.draft.notes }),
        ("metadata", { JSONWriter.text(of: $0.draft.metadata.value) }),
        ("assignedToId", { $0.assignedTo?.rawValue }),
        ("resellerId", { $0.resellerID?.rawValue }),
    ]
}
