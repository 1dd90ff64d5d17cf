extension ExplorerPage {
    /// The schema browser, built from the answer to the introspection query.
    ///
    /// The list puts the root types first (marked with their operation), then every other type
    /// by name, then the introspection types and the directives folded away. The search matches
    /// type names and field names; a type that matches by its fields lists them. A type's page
    /// shows its kind, description, `specifiedByURL` (as text: the page links to no other
    /// origin), interfaces, fields with their arguments, defaults and types, input fields, enum
    /// values and possible types; deprecated members are struck through with their reason.
    ///
    /// The location hash is the route (`#type=Client`, `#type=Client.name` for a field), so the
    /// browser's Back button walks back through the types visited and a type can be bookmarked.
    static let scriptSchemaBrowser = #"""
        let schema = null;

        const introspectionQuery = /* introspection-query:begin */ `
        \#(introspectionQuery)
        ` /* introspection-query:end */;

        function indexSchema(raw) {
          const types = new Map(raw.types.map((type) => [type.name, type]));
          const roots = [["query", raw.queryType], ["mutation", raw.mutationType], ["subscription", raw.subscriptionType]]
            .filter(([, type]) => type && types.has(type.name))
            .map(([operation, type]) => ({ operation, type: types.get(type.name) }));
          const rootNames = new Set(roots.map((root) => root.type.name));
          const byName = (a, b) => a.name.localeCompare(b.name);
          return {
            description: raw.description,
            types, roots,
            rootOf: new Map(roots.map((root) => [root.type.name, root.operation])),
            named: raw.types.filter((type) => !rootNames.has(type.name) && !type.name.startsWith("__")).sort(byName),
            introspection: raw.types.filter((type) => type.name.startsWith("__")).sort(byName),
            directives: (raw.directives || []).slice().sort(byName),
          };
        }

        function typeLink(name) {
          return element("a", { href: "#type=" + name }, name);
        }

        /** `[Client!]!` with the named type as a link. */
        function typeReference(reference) {
          if (!reference) return element("span", { class: "type-ref" }, "?");
          if (reference.kind === "NON_NULL") return element("span", { class: "type-ref" }, typeReference(reference.ofType), "!");
          if (reference.kind === "LIST") return element("span", { class: "type-ref" }, "[", typeReference(reference.ofType), "]");
          return element("span", { class: "type-ref" }, typeLink(reference.name));
        }

        /**
         * A description: its paragraphs (split at blank lines) as paragraphs, the line breaks
         * inside one (SDL descriptions are wrapped by hand) as spaces, and `code` spans (the one
         * piece of Markdown our SDL uses) as code. The rest stays text.
         */
        function description(text) {
          if (!text) return null;
          const paragraphs = text.split(/\n\s*\n/).map((paragraph) => paragraph.trim().replace(/\s*\n\s*/g, " ")).filter((paragraph) => paragraph !== "");
          const inline = (paragraph) => paragraph.split("`").map((part, index) => index % 2 === 1 ? element("code", {}, part) : part);
          return element("div", { class: "description" }, paragraphs.map((paragraph) => element("p", {}, inline(paragraph))));
        }

        function deprecation(member) {
          if (!member.isDeprecated) return null;
          return element("span", { class: "deprecation" }, "Deprecated" + (member.deprecationReason ? ": " + member.deprecationReason : ""));
        }

        /** An argument or input field: `name: Type = default`. */
        function inputValue(value) {
          return element("li", { class: value.isDeprecated ? "deprecated" : null },
            element("span", { class: "name" }, value.name), ": ", typeReference(value.type),
            value.defaultValue !== null && value.defaultValue !== undefined ? element("span", { class: "default" }, " = " + value.defaultValue) : null,
            deprecation(value), description(value.description));
        }

        function fieldItem(type, field, focused) {
          const args = field.args || [];
          return element("li", { class: "member" + (field.isDeprecated ? " deprecated" : "") + (focused ? " focus" : ""), id: "field-" + type.name + "-" + field.name },
            element("span", { class: "signature" }, element("span", { class: "name" }, field.name), args.length > 0 ? "(…)" : "", ": ", typeReference(field.type)),
            deprecation(field), description(field.description),
            args.length > 0 ? element("ul", { class: "args", "aria-label": "Arguments of " + field.name }, args.map(inputValue)) : null);
        }

        function section(title, items) {
          return items.length === 0 ? null : [element("h4", {}, title), element("ul", {}, items)];
        }

        function renderType(type, fieldName) {
          const root = schema.rootOf.get(type.name);
          const possibleTitle = type.kind === "INTERFACE" ? "Implemented by" : "Possible types";
          const detail = byId("type-detail");
          fill(detail,
            element("a", { href: "#", class: "back" }, "← All types"),
            element("h3", {}, type.name, element("span", { class: "kind" }, type.kind.replace("_", " ")),
              root ? element("span", { class: "root-of" }, "the " + root + " root") : null),
            description(type.description),
            type.specifiedByURL ? element("p", { class: "description" }, "Specified by " + type.specifiedByURL) : null,
            type.isOneOf ? element("p", { class: "description" }, "@oneOf: give exactly one of these fields.") : null,
            (type.interfaces || []).length > 0 ? element("p", {}, "Implements ", type.interfaces.flatMap((ref, index) => [index > 0 ? ", " : "", typeReference(ref)])) : null,
            section("Fields", (type.fields || []).map((field) => fieldItem(type, field, field.name === fieldName))),
            section("Input fields", (type.inputFields || []).map((value) => {
              const item = inputValue(value);
              item.classList.add("member");
              item.id = "field-" + type.name + "-" + value.name;
              return item;
            })),
            section("Values", (type.enumValues || []).map((value) => element("li", { class: "member" + (value.isDeprecated ? " deprecated" : "") },
              element("span", { class: "name" }, value.name), deprecation(value), description(value.description)))),
            section(possibleTitle, (type.possibleTypes || []).map((ref) => element("li", { class: "member" }, typeReference(ref)))),
          );
          byId("type-list").hidden = true;
          detail.hidden = false;
          const focused = fieldName ? document.getElementById("field-" + type.name + "-" + fieldName) : null;
          if (focused) focused.scrollIntoView({ block: "center" });
          else byId("schema-body").scrollTop = 0;
        }

        function typeItem(type, label, needle) {
          const matches = needle === "" || type.name.toLowerCase().includes(needle) ? []
            : (type.fields || type.inputFields || []).filter((field) => field.name.toLowerCase().includes(needle));
          return element("li", {},
            element("span", { class: "type-name" }, typeLink(type.name)),
            element("span", { class: "kind" }, label || type.kind.replace("_", " ")),
            matches.length > 0 ? element("span", { class: "matches" }, matches.slice(0, 8).map((field) =>
              element("a", { href: "#type=" + type.name + "." + field.name }, "." + field.name))) : null);
        }

        function matchesSearch(type, needle) {
          return needle === "" || type.name.toLowerCase().includes(needle)
            || (type.fields || type.inputFields || []).some((field) => field.name.toLowerCase().includes(needle));
        }

        function renderTypeList() {
          const needle = byId("type-search").value.trim().toLowerCase();
          const group = (title, items) => items.length === 0 ? null
            : element("section", { class: "type-group" }, element("h3", {}, title), element("ul", {}, items));
          const roots = schema.roots.filter((root) => matchesSearch(root.type, needle)).map((root) => typeItem(root.type, root.operation, needle));
          const named = schema.named.filter((type) => matchesSearch(type, needle)).map((type) => typeItem(type, null, needle));
          const introspection = schema.introspection.filter((type) => matchesSearch(type, needle)).map((type) => typeItem(type, null, needle));
          const directives = schema.directives.filter((directive) => needle === "" || directive.name.toLowerCase().includes(needle))
            .map((directive) => element("li", {},
              element("span", { class: "name" }, "@" + directive.name),
              (directive.args || []).length > 0 ? ["(", directive.args.flatMap((arg, index) => [index > 0 ? ", " : "", arg.name + ": ", typeReference(arg.type)]), ")"] : null,
              directive.isRepeatable ? " repeatable" : null,
              element("div", { class: "locations" }, "on " + directive.locations.join(", ").toLowerCase().replaceAll("_", " ")),
              description(directive.description)));
          const folded = (title, items) => items.length === 0 ? null
            : element("details", needle === "" ? {} : { open: true }, element("summary", {}, title + " (" + items.length + ")"),
              element("ul", { class: title === "Directives" ? "directives" : null }, items));
          const nothing = roots.length + named.length + introspection.length + directives.length === 0;
          fill(byId("type-list"),
            schema.description ? description(schema.description) : null,
            group("Root types", roots),
            group("Types", named),
            folded("Introspection types", introspection),
            folded("Directives", directives),
            nothing ? element("p", { class: "schema-status" }, "Nothing in the schema matches “" + needle + "”.") : null,
          );
          byId("type-detail").hidden = true;
          byId("type-list").hidden = false;
        }

        /** Shows what the location hash names: a type (and field), or the list. */
        function route() {
          if (schema === null) return;
          const match = /^#type=([_A-Za-z][_0-9A-Za-z]*)(?:\.([_A-Za-z][_0-9A-Za-z]*))?$/.exec(location.hash);
          const type = match ? schema.types.get(match[1]) : undefined;
          if (type) renderType(type, match[2]);
          else renderTypeList();
        }

        async function loadSchema() {
          const status = byId("schema-status");
          status.className = "schema-status";
          status.textContent = "Loading the schema…";
          status.hidden = false;
          try {
            const response = await postGraphQL({ query: introspectionQuery, operationName: "IntrospectionQuery" });
            const data = response.json && response.json.data;
            if (!data || !data.__schema) {
              const errors = response.json && Array.isArray(response.json.errors) ? response.json.errors : [];
              const reason = errors.length > 0 ? errors.map((error) => error.message).join("\n") : response.text.slice(0, 300);
              const hint = response.status === 401 ? "\nSet a token above, then press Reload." : "";
              throw new Error("HTTP " + response.status + ": " + reason + hint);
            }
            schema = indexSchema(data.__schema);
            status.hidden = true;
            route();
          } catch (error) {
            status.className = "schema-status failed";
            status.textContent = "The schema could not be loaded. " + error.message;
          }
        }

        """#
}
