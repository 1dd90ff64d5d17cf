import GraphQL
import Testing

/// What the built schema keeps of the SDL: descriptions, deprecations, `@oneOf`,
/// `@specifiedBy`, permissions, the applied directives, abstract types.
@Suite struct SchemaBuilderFeatureTests {
    private static let sdl = """
        "Who may read a restricted field."
        enum Role { SUPER_ADMIN ORG_OWNER ORG_ADMIN RESELLER }

        "Restricts a field to the listed roles."
        directive @allow(roles: [Role!]!) on FIELD_DEFINITION

        directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION

        type Query {
          node(id: ID!): Node
          search(by: ClientLookup!, first: Int = 10 @deprecated(reason: "Use page.")): [SearchResult!]!
          clients(filter: ClientFilter = { status: [ACTIVE] }): [Client!]!
        }

        "Anything with an id."
        interface Node { id: ID! }

        interface Billable implements Node {
          id: ID!
          amount: Int @allow(roles: [ORG_OWNER, ORG_ADMIN, RESELLER])
        }

        "A client of an organization."
        type Client implements Node @tag(name: "core") @tag(name: "crm") {
          id: ID!
          "The display name."
          name: String!
          legacyCode: String @deprecated
          taxId: String @allow(roles: [ORG_OWNER, ORG_ADMIN])
          deletedAt: DateTime @allow(roles: SUPER_ADMIN)
          status: ClientStatus!
        }

        type BillingLink implements Node & Billable {
          id: ID!
          amount: Int @allow(roles: [ORG_OWNER])
        }

        union SearchResult = Client | BillingLink

        enum ClientStatus {
          ACTIVE
          "Paused by the organization."
          SUSPENDED
          PROSPECT @deprecated(reason: "Use ACTIVE.")
        }

        input ClientFilter {
          status: [ClientStatus!]
          search: String @deprecated(reason: "Use query.")
          query: String
        }

        input ClientLookup @oneOf {
          id: ID
          email: String
        }

        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/chillicream/date-time.html")
        """

    private static func schema() throws -> Schema {
        var module = try SchemaFixtures.stubbed("crm", sdl)
        module.resolveType("Node") { _ in "Client" }
        return try SchemaBuilder().build([module])
    }

    @Test func keepsDescriptions() throws {
        let schema = try Self.schema()
        #expect(schema.type(named: "Client")?.description == "A client of an organization.")
        #expect(schema.type(named: "Client")?.field(named: "name")?.description == "The display name.")
        guard case .enumeration(let status)? = schema.type(named: "ClientStatus") else { Issue.record("ClientStatus"); return }
        #expect(status.value(named: "SUSPENDED")?.description == "Paused by the organization.")
        #expect(schema.directive(named: "allow")?.description == "Restricts a field to the listed roles.")
    }

    @Test func readsDeprecations() throws {
        let schema = try Self.schema()
        #expect(schema.type(named: "Client")?.field(named: "legacyCode")?.deprecationReason == "No longer supported")
        #expect(schema.type(named: "Client")?.field(named: "name")?.deprecationReason == nil)
        #expect(schema.rootType(for: .query)?.field(named: "search")?.argument(named: "first")?.deprecationReason == "Use page.")
        guard case .enumeration(let status)? = schema.type(named: "ClientStatus"),
            case .inputObject(let filter)? = schema.type(named: "ClientFilter")
        else { Issue.record("types"); return }
        #expect(status.value(named: "PROSPECT")?.deprecationReason == "Use ACTIVE.")
        #expect(filter.field(named: "search")?.deprecationReason == "Use query.")
    }

    @Test func readsOneOfAndSpecifiedBy() throws {
        let schema = try Self.schema()
        guard case .inputObject(let lookup)? = schema.type(named: "ClientLookup"),
            case .inputObject(let filter)? = schema.type(named: "ClientFilter"),
            case .scalar(let dateTime)? = schema.type(named: "DateTime")
        else { Issue.record("types"); return }
        #expect(lookup.isOneOf)
        #expect(!filter.isOneOf)
        #expect(dateTime.specifiedByURL == "https://scalars.graphql.org/chillicream/date-time.html")
    }

    @Test func readsPermissions() throws {
        let schema = try Self.schema()
        let client = try #require(schema.type(named: "Client"))
        #expect(client.field(named: "taxId")?.permission == FieldPermission(roles: ["ORG_OWNER", "ORG_ADMIN"], coordinate: "Client.taxId"))
        #expect(client.field(named: "deletedAt")?.permission == FieldPermission(roles: ["SUPER_ADMIN"], coordinate: "Client.deletedAt"))
        #expect(client.field(named: "name")?.permission == nil)
        #expect(schema.type(named: "Billable")?.field(named: "amount")?.permission?.roles == ["ORG_OWNER", "ORG_ADMIN", "RESELLER"])
        #expect(schema.type(named: "BillingLink")?.field(named: "amount")?.permission?.roles == ["ORG_OWNER"])
    }

    @Test func keepsAppliedDirectivesForThePrinter() throws {
        let schema = try Self.schema()
        guard case .object(let client)? = schema.type(named: "Client") else { Issue.record("Client"); return }
        #expect(client.directives.map(\.name.value) == ["tag", "tag"])
        #expect(client.field(named: "taxId")?.directives.map(\.name.value) == ["allow"])
        #expect(schema.directive(named: "tag")?.isRepeatable == true)
        #expect(schema.directiveNames == ["allow", "tag", "include", "skip", "deprecated", "specifiedBy", "oneOf"])
    }

    @Test func printsBackToSDLThatBuildsTheSameSchema() throws {
        let printed = SchemaPrinter.print(try Self.schema())
        var module = try SchemaFixtures.stubbed("printed", printed)
        module.resolveType("Node") { _ in "Client" }
        let rebuilt = try SchemaBuilder().build([module])
        #expect(SchemaPrinter.print(rebuilt) == printed)
        #expect(printed.contains("  taxId: String @allow(roles: [ORG_OWNER, ORG_ADMIN])"))
        #expect(printed.contains("type Client implements Node @tag(name: \"core\") @tag(name: \"crm\") {"))
        #expect(printed.contains("  legacyCode: String @deprecated"))
        #expect(printed.contains("input ClientLookup @oneOf {"))
    }

    @Test func coercesDefaultValues() throws {
        let schema = try Self.schema()
        let query = try #require(schema.rootType(for: .query))
        #expect(query.field(named: "search")?.argument(named: "first")?.defaultValue == .int(10))
        #expect(query.field(named: "clients")?.argument(named: "filter")?.defaultValue == .object(OrderedObject([("status", ["ACTIVE"])])))
        #expect(query.field(named: "clients")?.argument(named: "filter")?.defaultValueNode != nil)
    }

    @Test func relatesAbstractTypesToTheirObjects() throws {
        let schema = try Self.schema()
        #expect(schema.possibleTypes(of: "Node") == ["Client", "BillingLink"])
        #expect(schema.possibleTypes(of: "SearchResult") == ["Client", "BillingLink"])
        #expect(schema.isSubType("Billable", of: "Node"))
        guard case .interface(let node)? = schema.type(named: "Node"), case .union(let union)? = schema.type(named: "SearchResult") else {
            Issue.record("abstract types")
            return
        }
        #expect(node.resolveType?.resolve("anything") == "Client")
        #expect(union.resolveType == nil)
        #expect(node.fields.allSatisfy { $0.resolver == nil })
    }
}
