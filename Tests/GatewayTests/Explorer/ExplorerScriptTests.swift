import Foundation
import Gateway
import GraphQL
import Testing

/// The explorer's script, run under Node in a ``FakeBrowser`` against answers from our engine:
/// it loads the schema, builds the browser, sends requests with and without the token, and shows
/// results and errors.
@Suite struct ExplorerScriptTests {
    @Test func everyElementTheScriptLooksUpIsInTheMarkup() throws {
        let script = try #require(ExplorerPageTests.script(of: ExplorerPage.html))
        let lookups = Set(script.matches(of: try Regex(#"byId\("([a-z-]+)"\)"#)).map { match in
            String(script[match.range].dropFirst(6).dropLast(2))
        })
        #expect(lookups.count > 10)
        for id in lookups {
            #expect(ExplorerPage.html.contains(#"id="\#(id)""#), "the script looks up #\(id), which the markup lacks")
        }
    }

    @Test func runsInAFakeBrowser() async throws {
        guard let node = NodeRunner.locate() else { return }
        // The scenario's expectations describe the gateway's own slice (Query with serverVersion
        // alone), so it runs on that slice rather than on every module's schema.
        try await Self.run(Self.scenario, schema: try SchemaBuilder().build([GatewaySchema.module()]), node: node)
    }

    @Test func showsEveryKindOfTypeAndEveryDeprecation() async throws {
        guard let node = NodeRunner.locate() else { return }
        try await Self.run(Self.kindsScenario, schema: try Self.kindsSchema(), node: node)
    }

    /// Runs a scenario in the fake browser, the schema's introspection answering the page.
    static func run(_ scenario: String, schema: Schema, node: NodeRunner) async throws {
        let page = ExplorerPage.html
        let script = try #require(ExplorerPageTests.script(of: page))
        let markup = try #require(page.range(of: "<body>").map { String(page[$0.upperBound...]) })
        let query = try #require(ExplorerPageTests.fenced(page, ExplorerPage.introspectionQueryMarkers, trimming: "`"))
        let introspection = await Engine(schema: schema).execute(
            GraphQLRequest(query: query, operationName: "IntrospectionQuery"), context: UnrestrictedContext())
        #expect(introspection.errors.isEmpty)
        let module = "const MARKUP = \(try Self.javaScriptString(markup));\n"
            + FakeBrowser.prelude
            + "const INTROSPECTION = " + String(decoding: introspection.jsonBytes(), as: UTF8.self) + ";\n"
            + #"answer = (call) => call.body.operationName === "IntrospectionQuery" ? { status: 200, body: INTROSPECTION } : { status: 200, body: { data: {} } };"#
            + "\n" + script + "\n" + scenario
        let result = try await node.run(module: module, input: "")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("scenario complete"), "\(result.output)")
    }

    /// A schema with every kind of type, a mutation root, and deprecations everywhere they may be.
    static func kindsSchema() throws -> Schema {
        let sdl = #"""
            schema { query: Query mutation: Mutation }
            "The root of reads."
            type Query {
              "Finds anything by id."
              node(id: ID!): Node
              search(term: String = "all", limit: Int @deprecated(reason: "Pages are fixed.")): [Result!]!
              legacy: String @deprecated(reason: "Use node.")
            }
            type Mutation { touch(filter: Filter!): Status }
            "Something with an id."
            interface Node { id: ID! }
            type Client implements Node { id: ID! status: Status }
            type Event implements Node { id: ID! }
            union Result = Client | Event
            enum Status { ACTIVE GONE @deprecated(reason: "Nobody leaves.") }
            input Filter @oneOf { byId: ID byName: String old: Int @deprecated(reason: "Never used.") }
            scalar Cents @specifiedBy(url: "urn:example:cents")
            """#
        var module = SchemaModule(name: "kinds", sdl: sdl)
        let none = FieldResolver.sync { _, _, _ in .null }
        module.resolve("Query", ["node": none, "search": none, "legacy": none])
        module.resolve("Mutation", ["touch": none])
        module.resolve("Client", ["id": none, "status": none])
        module.resolve("Event", ["id": none])
        module.resolveType("Node") { _ in nil }
        module.resolveType("Result") { _ in nil }
        module.scalar("Cents", .json)
        return try SchemaBuilder().build([module])
    }

    static let kindsScenario = #"""
        import assert from "node:assert/strict";
        const links = (element) => element.all().filter((node) => node.tagName === "A").map((node) => node.getAttribute("href"));
        const text = (id) => byId(id).textContent;
        const show = (hash) => { location.hash = hash; fire("window", "hashchange"); return text("type-detail"); };
        await settle();

        // Both roots first, in operation order, each marked.
        const listed = links(byId("type-list"));
        assert.deepEqual(listed.slice(0, 2), ["#type=Query", "#type=Mutation"]);
        assert.match(text("type-list"), /^Root typesQueryqueryMutationmutation/);

        // Fields with arguments, defaults, descriptions and deprecations.
        let detail = show("#type=Query");
        assert.match(detail, /The root of reads\./);
        assert.match(detail, /node\(…\): NodeFinds anything by id\.id: ID!/);
        assert.match(detail, /term: String = "all"/);
        assert.match(detail, /limit: IntDeprecated: Pages are fixed\./);
        assert.match(detail, /legacy: StringDeprecated: Use node\./);
        const deprecated = byId("type-detail").all().filter((node) => node.classList.contains("deprecated"));
        assert.deepEqual(deprecated.map((node) => node.all().find((child) => child.className === "name").textContent), ["limit", "legacy"]);
        assert.ok(links(byId("type-detail")).includes("#type=Result"));

        // An interface lists what implements it; an object its interfaces; a union its members.
        detail = show("#type=Node");
        assert.match(detail, /INTERFACE/);
        assert.match(detail, /Something with an id\./);
        assert.match(detail, /Implemented byClientEvent/);
        detail = show("#type=Client");
        assert.match(detail, /Implements Node/);
        detail = show("#type=Result");
        assert.match(detail, /Possible typesClientEvent/);
        assert.deepEqual(links(byId("type-detail")), ["#", "#type=Client", "#type=Event"]);

        // Enum values and input fields, deprecated ones included; @oneOf and @specifiedBy said.
        detail = show("#type=Status");
        assert.match(detail, /ValuesACTIVEGONEDeprecated: Nobody leaves\./);
        detail = show("#type=Filter");
        assert.match(detail, /INPUT OBJECT/);
        assert.match(detail, /@oneOf: give exactly one of these fields\./);
        assert.match(detail, /old: IntDeprecated: Never used\./);
        detail = show("#type=Cents");
        assert.match(detail, /Specified by urn:example:cents/);

        // A field reached from the search is marked on its type's page.
        byId("type-search").value = "legacy";
        byId("type-search").dispatchEvent({ type: "input" });
        assert.deepEqual(links(byId("type-list")), ["#type=Query", "#type=Query.legacy"]);
        show("#type=Query.legacy");
        assert.ok(byId("field-Query-legacy").classList.contains("focus"));
        console.log("scenario complete");

        """#

    /// A JavaScript string literal for `text`.
    static func javaScriptString(_ text: String) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: [text]), as: UTF8.self).dropFirst().dropLast().description
    }

    /// The steps, with Node's assertions: a failed one exits non-zero with its message.
    static let scenario = #"""
        import assert from "node:assert/strict";
        const links = (element) => element.all().filter((node) => node.tagName === "A").map((node) => node.getAttribute("href"));
        const text = (id) => byId(id).textContent;

        // Start-up: the welcome query, painted; the schema requested without a token.
        await settle();
        assert.match(byId("query").value, /query Version \{\n  serverVersion\n\}/);
        assert.equal(text("query-paint"), byId("query").value + "\n");
        assert.ok(byId("query-paint").all().some((node) => node.className === "t-kw" && node.textContent === "query"));
        assert.equal(calls.length, 1);
        assert.equal(calls[0].url, "graphql");
        assert.equal(calls[0].method, "POST");
        assert.equal(calls[0].headers["Authorization"], undefined);
        assert.equal(calls[0].headers["Content-Type"], "application/json");
        assert.match(calls[0].body.query, /__schema/);

        // The type list: the root type first, every type a link, introspection types folded.
        assert.ok(schema !== null, "the schema was not indexed");
        assert.equal(byId("schema-status").hidden, true);
        const listed = links(byId("type-list"));
        assert.equal(listed[0], "#type=Query");
        for (const name of ["String", "DateTime", "Money", "JSON", "Boolean", "__Schema", "__Type"]) {
          assert.ok(listed.includes("#type=" + name), name + " is not listed");
        }
        assert.ok(listed.indexOf("#type=DateTime") < listed.indexOf("#type=__Schema"));
        assert.ok(byId("type-list").all().some((node) => node.tagName === "DETAILS"));
        assert.match(text("type-list"), /@deprecated/);

        // A type's page: its fields, their types as links, the way back.
        location.hash = "#type=Query";
        fire("window", "hashchange");
        assert.equal(byId("type-list").hidden, true);
        assert.equal(byId("type-detail").hidden, false);
        assert.match(text("type-detail"), /Query/);
        assert.match(text("type-detail"), /the query root/);
        assert.match(text("type-detail"), /serverVersion: String!/);
        assert.deepEqual(links(byId("type-detail")), ["#", "#type=String"]);
        // Descriptions keep their `code` spans as code.
        assert.ok(byId("type-detail").all().some((node) => node.tagName === "CODE" && node.textContent === "0.1.0"));

        // An introspection type shows arguments, defaults and deprecation support.
        location.hash = "#type=__Type";
        fire("window", "hashchange");
        assert.match(text("type-detail"), /fields\(…\): \[__Field!\]/);
        assert.match(text("type-detail"), /includeDeprecated: Boolean = false/);
        location.hash = "#type=__Directive";
        fire("window", "hashchange");
        assert.match(text("type-detail"), /isRepeatable: Boolean!/);
        location.hash = "#type=Nope";
        fire("window", "hashchange");
        assert.equal(byId("type-list").hidden, false);

        // The search matches type names and field names.
        byId("type-search").value = "serverver";
        byId("type-search").dispatchEvent({ type: "input" });
        assert.deepEqual(links(byId("type-list")), ["#type=Query", "#type=Query.serverVersion"]);
        byId("type-search").value = "zzzz";
        byId("type-search").dispatchEvent({ type: "input" });
        assert.match(text("type-list"), /Nothing in the schema matches/);

        // Running: the answer, its status and timing; the editors are kept in storage.
        answer = () => ({ status: 200, body: { data: { serverVersion: "0.1.0" } } });
        byId("query").value = "{ serverVersion }";
        byId("query").dispatchEvent({ type: "input" });
        assert.equal(localStorage.getItem("clientela.explorer.query"), "{ serverVersion }");
        byId("run").click();
        await settle();
        assert.equal(calls.at(-1).body.query, "{ serverVersion }");
        assert.equal("variables" in calls.at(-1).body, false);
        assert.equal("operationName" in calls.at(-1).body, false);
        assert.equal(text("status"), "200 OK");
        assert.ok(byId("status").classList.contains("ok"));
        assert.match(text("timing"), /^\d+ ms$/);
        assert.deepEqual(JSON.parse(text("result")), { data: { serverVersion: "0.1.0" } });
        assert.equal(byId("errors").hidden, true);

        // The token is stored and sent as a Bearer token; variables and operation name go along.
        byId("token").value = "Bearer  secret-token ";
        byId("token").dispatchEvent({ type: "input" });
        assert.equal(localStorage.getItem("clientela.explorer.token"), "Bearer  secret-token");
        byId("variables").value = "{\"id\": \"42\"}";
        byId("operation-name").value = "Version";
        fire("document", "keydown", { key: "Enter", ctrlKey: true });
        await settle();
        assert.equal(calls.at(-1).headers["Authorization"], "Bearer secret-token");
        assert.deepEqual(calls.at(-1).body.variables, { id: "42" });
        assert.equal(calls.at(-1).body.operationName, "Version");

        // With several operations and no name given, the one under the cursor runs.
        byId("operation-name").value = "";
        byId("variables").value = "";
        byId("query").value = "query A { serverVersion }\nquery B { serverVersion }\n";
        byId("query").setSelectionRange(30, 30);
        byId("run").click();
        await settle();
        assert.equal(calls.at(-1).body.operationName, "B");
        assert.match(text("timing"), / · B$/);

        // Errors are listed apart, with code, place and path; 294 is a partial success.
        answer = () => ({ status: 294, body: { data: { serverVersion: null }, errors: [
          { message: "boom", locations: [{ line: 1, column: 3 }], path: ["serverVersion"], extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "r-1" } },
        ] } });
        byId("run").click();
        await settle();
        assert.equal(text("status"), "294 Partial success");
        assert.ok(byId("status").classList.contains("partial"));
        assert.equal(byId("errors").hidden, false);
        assert.equal(byId("errors").childNodes.length, 1);
        assert.match(text("errors"), /boom/);
        assert.match(text("errors"), /INTERNAL_SERVER_ERROR/);
        assert.match(text("errors"), /line 1, column 3/);
        assert.match(text("errors"), /at serverVersion/);
        assert.match(text("errors"), /requestId: r-1/);

        // A body that is not JSON is shown as it came.
        answer = () => ({ status: 502, body: "upstream gone" });
        byId("run").click();
        await settle();
        assert.equal(text("status"), "502");
        assert.ok(byId("status").classList.contains("failed"));
        assert.equal(text("result"), "upstream gone");

        // Variables that are not a JSON object are refused before any request.
        const sent = calls.length;
        byId("variables").value = "{ nope";
        byId("run").click();
        await settle();
        assert.equal(calls.length, sent);
        assert.match(text("result"), /not valid JSON/);
        byId("variables").value = "[1]";
        byId("run").click();
        await settle();
        assert.equal(calls.length, sent);
        assert.match(text("result"), /must be a JSON object/);

        // Prettify and Tab.
        byId("query").value = "{a{b}}";
        byId("prettify").click();
        assert.equal(byId("query").value, "{\n  a {\n    b\n  }\n}\n");
        byId("query").value = "{}";
        byId("query").setSelectionRange(1, 1);
        byId("query").dispatchEvent({ type: "keydown", key: "Tab", preventDefault() {} });
        assert.equal(byId("query").value, "{  }");
        console.log("scenario complete");

        """#
}
