import Foundation
import GraphQL
import Testing

@Suite struct SchemaBuilderTests {
    // MARK: The benchmark schema, with typed resolvers over in-memory values

    private struct Client: Sendable {
        var id: Int
        var name: String
        var email: String?
        var status: String
        var assignedTo: Int
    }

    private struct User: Sendable {
        var id: Int
        var firstName: String
    }

    private struct Event: Sendable {
        var id: Int
        var name: String
    }

    private struct Page: Sendable {
        var clients: [Client]
        var total: Int
    }

    private static func benchModule() throws -> SchemaModule {
        let url = try #require(Bundle.module.url(forResource: "bench-schema", withExtension: "graphql", subdirectory: "Fixtures"))
        var module = SchemaModule(name: "bench", sdl: [Source(try String(contentsOf: url, encoding: .utf8), name: "schema.graphql")])
        let clients = (0..<10).map { Client(id: $0, name: "Client \($0)", email: nil, status: "ACTIVE", assignedTo: $0 % 3) }
        module.resolve("Query", "client", .sync { _, arguments, _ in
            guard let id = arguments.string("id").flatMap(Int.init), clients.indices.contains(id) else { return .null }
            return .object(clients[id])
        })
        module.resolve("Query", "clients", .sync { _, _, _ in .object(Page(clients: clients, total: clients.count)) })
        module.resolvers(for: "ClientPage", on: Page.self) { page in
            page.field("data") { .objects($0.clients) }
            page.field("meta") { .object($0) }
        }
        module.resolvers(for: "PageMeta", on: Page.self) { meta in
            meta.field("total") { .int($0.total) }
            meta.sync("page") { _, arguments, _ in .int(arguments.int("page") ?? 1) }
            meta.sync("limit") { _, arguments, _ in .int(arguments.int("limit") ?? 10) }
            meta.field("totalPages") { .int(($0.total + 9) / 10) }
        }
        module.resolvers(for: "Client", on: Client.self) { client in
            client.field("id") { .string(String($0.id)) }
            client.field("refid") { .string("C-\($0.id)") }
            client.field("name") { .string($0.name) }
            client.field("email") { .string($0.email) }
            client.field("phone") { _ in .null }
            client.field("status") { .leaf(.string($0.status)) }
            client.field("type") { .leaf(.string($0.id.isMultiple(of: 2) ? "INDIVIDUAL" : "COMPANY")) }
            client.field("segment") { _ in .string("retail") }
            client.field("createdAt") { _ in .string("2026-01-01T00:00:00Z") }
            client.batch("assignedTo") { clients, _, _ in
                clients.map { .object(User(id: $0.assignedTo, firstName: "User \($0.assignedTo)")) }
            }
            client.field("events") { client in .objects((0..<5).map { Event(id: client.id * 5 + $0, name: "Event \($0)") }) }
            client.field("_count") { .object($0) }
        }
        module.resolvers(for: "User", on: User.self) { user in
            user.field("id") { .string(String($0.id)) }
            user.field("firstName") { .string($0.firstName) }
            user.field("lastName") { _ in .string("Doe") }
            user.field("email") { .string("user\($0.id)@example.com") }
        }
        module.resolvers(for: "Event", on: Event.self) { event in
            event.field("id") { .string(String($0.id)) }
            event.field("name") { .string($0.name) }
            event.field("startsAt") { _ in .string("2026-02-01T10:00:00Z") }
        }
        module.resolvers(for: "ClientCounts", on: Client.self) { counts in
            counts.field("events") { _ in .int(5) }
            counts.field("interactions") { .int($0.id % 7) }
        }
        return module
    }

    @Test func buildsTheBenchmarkSchemaWithItsResolvers() throws {
        let schema = try SchemaBuilder().build([Self.benchModule()])
        #expect(schema.queryType == "Query")
        #expect(schema.mutationType == nil)
        let sdlTypes = ["Query", "ClientFilter", "ClientStatus", "ClientType", "ClientPage", "PageMeta", "User", "Event", "ClientCounts", "Client"]
        #expect(Array(schema.typeNames.prefix(sdlTypes.count)) == sdlTypes)
        #expect(Array(schema.typeNames[sdlTypes.count..<sdlTypes.count + 5]) == ["Int", "Float", "String", "Boolean", "ID"])
        #expect(Array(schema.typeNames.suffix(8)) == Introspection.types.map(\.name))
        #expect(schema.directiveNames == ["include", "skip", "deprecated", "specifiedBy", "oneOf"])
        for case .object(let object) in schema.typeNames.compactMap(schema.type(named:)) where !object.name.hasPrefix("__") {
            #expect(object.fields.allSatisfy { $0.resolver != nil }, "\(object.name) has a field without resolver")
        }
        let clients = try #require(schema.rootType(for: .query)?.field(named: "clients"))
        #expect(clients.arguments.map(\.name) == ["page", "limit", "filter"])
        #expect(clients.arguments[0].defaultValue == .int(1))
        #expect(clients.arguments[1].defaultValue == .int(10))
        #expect(clients.arguments[2].defaultValue == nil)
        #expect(clients.type == .nonNull(.named("ClientPage")))
    }

    @Test func typedResolversReadTheirSource() async throws {
        let schema = try SchemaBuilder().build([Self.benchModule()])
        let name = try #require(schema.type(named: "Client")?.field(named: "name")?.resolver)
        let context = ResolveContext(request: UnrestrictedContext(), parentType: "Client", fieldName: "name", loaders: LoaderRegistry())
        guard case .sync(let body) = name.body else {
            Issue.record("Client.name should resolve synchronously")
            return
        }
        let value = try body(Client(id: 3, name: "Acme", email: nil, status: "ACTIVE", assignedTo: 0), .none, context)
        guard case .leaf(.string("Acme")) = value else {
            Issue.record("unexpected \(value)")
            return
        }
        #expect(throws: SourceTypeMismatch.self) { try body("not a client", .none, context) }
    }

    @Test func theEngineRunsQueriesOnTheBuiltSchema() async throws {
        let engine = Engine(schema: try SchemaBuilder().build([Self.benchModule()]))
        let response = await engine.execute(
            GraphQLRequest(query: """
                query ($status: ClientStatus) {
                  client(id: "1") { name type assignedTo { firstName } }
                  clients(filter: { status: $status }) { meta { total page } }
                  __type(name: "ClientStatus") { enumValues { name } }
                }
                """, variables: OrderedObject([("status", "ACTIVE")])),
            context: UnrestrictedContext())
        #expect(response.errors.isEmpty, "\(response.errors)")
        #expect(String(decoding: response.jsonBytes(), as: UTF8.self) == """
            {"data":{"client":{"name":"Client 1","type":"COMPANY","assignedTo":{"firstName":"User 1"}},\
            "clients":{"meta":{"total":10,"page":1}},\
            "__type":{"enumValues":[{"name":"PROSPECT"},{"name":"PENDING"},{"name":"ACTIVE"},{"name":"SUSPENDED"},{"name":"COMPLETED"},{"name":"INACTIVE"}]}}}
            """)
    }

    @Test func buildsTheGatewaySchemaFile() throws {
        let file = URL(filePath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(components: "schema", "gateway.graphql")
        var gateway = SchemaModule(name: "gateway", sdl: [Source(try String(contentsOf: file, encoding: .utf8), name: "schema/gateway.graphql")])
        gateway.resolve("Query", "serverVersion", .sync { _, _, _ in .string("0.1.0") })
        gateway.scalar("DateTime", .dateTime)
        gateway.scalar("JSON", .json)
        gateway.scalar("Money", .money)
        let schema = try SchemaBuilder().build([gateway])
        #expect(schema.description?.hasPrefix("Clientela's API") == true)
        guard case .scalar(let dateTime)? = schema.type(named: "DateTime") else {
            Issue.record("DateTime should be a scalar")
            return
        }
        #expect(dateTime.specifiedByURL == "https://scalars.graphql.org/chillicream/date-time.html")
    }

    // MARK: Several modules

    @Test func aModuleExtendsAnotherModulesQuery() throws {
        var core = SchemaModule(name: "core", sdl: "type Query { version: String! }", sourceName: "schema/core.graphql")
        core.resolve("Query", "version", .sync { _, _, _ in .string("1.0") })
        var clients = SchemaModule(
            name: "clients",
            sdl: """
                extend type Query {
                  "How many clients there are."
                  clientCount: Int!
                }
                """,
            sourceName: "schema/clients.graphql")
        clients.resolve("Query", "clientCount", .sync { _, _, _ in .int(42) })

        let schema = try SchemaBuilder().build([core, clients])
        let query = try #require(schema.rootType(for: .query))
        #expect(query.fields.map(\.name) == ["version", "clientCount"])
        #expect(query.fields[1].description == "How many clients there are.")
        #expect(query.fields.allSatisfy { $0.resolver != nil })
    }

    @Test func extensionsMayComeBeforeTheDefinitionInModuleOrder() throws {
        let extending = try SchemaFixtures.stubbed("extending", "extend type Query { b: Int }")
        let defining = try SchemaFixtures.stubbed("defining", "type Query { a: Int }")
        let schema = try SchemaBuilder().build([extending, defining])
        #expect(schema.rootType(for: .query)?.fields.map(\.name) == ["a", "b"])
    }

    @Test func schemaDefinitionNamesTheRootTypes() throws {
        let module = try SchemaFixtures.stubbed("root", """
            "The API."
            schema @deprecatedSchema { query: Root mutation: Change }
            directive @deprecatedSchema on SCHEMA
            type Root { a: Int }
            type Change { b: Int }
            type Query { c: Int }
            """)
        let schema = try SchemaBuilder().build([module])
        #expect(schema.queryType == "Root")
        #expect(schema.mutationType == "Change")
        #expect(schema.subscriptionType == nil)
        #expect(schema.description == "The API.")
        #expect(schema.schemaDirectives.map(\.name.value) == ["deprecatedSchema"])
        #expect(schema.directiveNames.first == "deprecatedSchema")
    }

    @Test func extendSchemaAddsARootTypeFromAnotherModule() throws {
        let core = try SchemaFixtures.stubbed("core", "schema { query: Query } type Query { a: Int }")
        let writes = try SchemaFixtures.stubbed("writes", "extend schema { mutation: Mutation } type Mutation { b: Int }")
        let schema = try SchemaBuilder().build([core, writes])
        #expect(schema.mutationType == "Mutation")
    }

    // MARK: Problems across modules

    @Test func reportsEveryProblemWithItsFileAndPosition() throws {
        var clients = SchemaModule(
            name: "clients",
            sdl: """
                type Query {
                  client(id: ID!): Client
                }

                type Client {
                  id: ID!
                  name: String
                }
                """,
            sourceName: "schema/clients.graphql")
        clients.resolve("Query", "client", .sync { _, _, _ in .null })
        clients.resolve("Client", "id", .sync { _, _, _ in .null })
        clients.resolve("Client", "nme", .sync { _, _, _ in .null })
        let other = SchemaModule(name: "other", sdl: "extend type Clent { x: Int }", sourceName: "schema/other.graphql")

        let problems = SchemaFixtures.problems([clients, other])
        #expect(problems == [
            "schema/other.graphql:1:13: Cannot extend type \"Clent\" because it is not defined. Did you mean \"Client\"?",
            "schema/clients.graphql:5:6: Field \"Client.nme\" has a resolver (registered by module \"clients\") but no definition. Did you mean \"name\"?",
            "schema/clients.graphql:7:3: Field \"Client.name\" has no resolver.",
        ])
    }

    @Test func theErrorDescriptionListsEveryProblem() {
        let error = SchemaBuildError(problems: [
            .init("First.", locations: [SDLLocation(sourceName: "a.graphql", line: 1, column: 2), SDLLocation(sourceName: "b.graphql", line: 3, column: 4)]),
            .init("Second."),
        ])
        #expect(error.description == """
            The schema cannot be built (2 problems):
            a.graphql:1:2: First. (see also b.graphql:3:4)
            Second.
            """)
    }

    @Test func syntaxErrorsAreProblemsAtTheirPosition() {
        let broken = SchemaModule(name: "broken", sdl: "type Query {\n  a: \n}", sourceName: "schema/broken.graphql")
        let problems = SchemaFixtures.problems([broken])
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("schema/broken.graphql:3:1: Syntax Error:") == true)
    }

    @Test func executableDefinitionsAreNotAllowedInSDL() throws {
        let module = try SchemaFixtures.stubbed("m", "type Query { a: Int }\nquery Q { a }", sourceName: "m.graphql")
        #expect(SchemaFixtures.problems([module]) == [
            "m.graphql:2:1: The \"Q\" definition is not a type-system definition: SDL may only define the schema, types and directives."
        ])
    }
}
