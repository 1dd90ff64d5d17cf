import GraphQL
import Synchronization
import Testing

/// Fields with a permission directive are checked per parent through the request context.
@Suite struct PermissionTests {
    typealias H = ExecutionHarness

    private struct Account: Sendable { let id: Int; let owner: String }

    /// Lets `viewer` read restricted fields of accounts they own, and records every question.
    private final class FakeContext: RequestContext {
        let viewer: String
        let questions = Mutex<[String]>([])

        init(viewer: String) { self.viewer = viewer }

        func mayRead(_ permission: FieldPermission, source: any Sendable) -> Bool {
            let account = source as? Account
            questions.withLock { $0.append("\(permission.coordinate) \(permission.roles) \(account?.id ?? -1)") }
            return account?.owner == viewer
        }
    }

    private static let secretPermission = FieldPermission(roles: ["OWNER"], coordinate: "Account.secret")
    private static let pinPermission = FieldPermission(roles: ["OWNER"], coordinate: "Account.pin")

    static let schema = H.schema([
        H.object("Query", [
            H.constant("accounts", "[Account!]!", .objects([Account(id: 1, owner: "ana"), Account(id: 2, owner: "luis")])),
        ]),
        H.object("Account", [
            H.field("id", "Int!", .sync(on: Account.self) { account, _, _ in .int(account.id) }),
            H.field("secret", "String", permission: secretPermission, .sync(on: Account.self) { account, _, _ in .string("s\(account.id)") }),
            H.field("pin", "Int!", permission: pinPermission, .batch(on: Account.self) { accounts, _, _ in
                accounts.map { .int($0.id * 1111) }
            }),
        ]),
    ])

    @Test func refusedFieldsAreNullWithAForbiddenError() async {
        let context = FakeContext(viewer: "ana")
        let json = await H.json(Self.schema, "{ accounts { id secret } }", context: context)
        #expect(json == #"{"errors":[{"message":"Not authorized to read Account.secret.","locations":[{"line":1,"column":17}],"path":["accounts",1,"secret"],"extensions":{"code":"FORBIDDEN"}}],"data":{"accounts":[{"id":1,"secret":"s1"},{"id":2,"secret":null}]}}"#)
        #expect(context.questions.withLock { $0 } == ["Account.secret [\"OWNER\"] 1", "Account.secret [\"OWNER\"] 2"])
    }

    @Test func unrestrictedFieldsAreNotAsked() async {
        let context = FakeContext(viewer: "ana")
        _ = await H.run(Self.schema, "{ accounts { id } }", context: context)
        #expect(context.questions.withLock { $0 }.isEmpty)
    }

    @Test func aRefusedNonNullFieldPropagates() async {
        let response = await H.run(Self.schema, "{ accounts { id pin } }", context: FakeContext(viewer: "luis"))
        // The list's items are non-null, so refusing account 1's pin nulls the whole list, and the
        // list itself is non-null: data is null.
        #expect(response.data == .null)
        #expect(response.errors.map(\.message) == ["Not authorized to read Account.pin."])
        #expect(response.errors.map(\.code) == [.forbidden])
    }

    @Test func batchResolversReceiveOnlyTheAllowedParents() async {
        let response = await H.run(Self.schema, "{ accounts { pin } }", context: UnrestrictedContext())
        #expect(response.data == ["accounts": [["pin": 1111], ["pin": 2222]]])
    }
}
