extension ExplorerPage {
    /// The page's start: fills the editors from local storage (a first visit gets a short
    /// welcome query), wires the buttons and the keyboard (Ctrl-Enter, or ⌘-Enter on a Mac, runs
    /// from anywhere on the page), keeps the token in local storage and reloads the schema when
    /// it changes, since what a caller may see depends on it.
    static let scriptStartup = #"""
        const WELCOME_QUERY = [
          "# Welcome to the Clientela explorer.",
          "# Run a query with the Run button or " + (onMac ? "⌘" : "Ctrl") + "+Enter.",
          "# The schema is on the left: every type name is a link.",
          "query Version {",
          "  serverVersion",
          "}",
          "",
        ].join("\n");

        const queryEditor = setUpEditor(byId("query"), byId("query-paint"), paintGraphQL, "query", WELCOME_QUERY);
        setUpEditor(byId("variables"), byId("variables-paint"), paintVariables, "variables", "");

        const operationInput = byId("operation-name");
        operationInput.value = storage.get("operationName", "");
        operationInput.addEventListener("input", () => storage.set("operationName", operationInput.value.trim()));

        const tokenInput = byId("token");
        tokenInput.value = storage.get("token", "");
        tokenInput.addEventListener("input", () => storage.set("token", tokenInput.value.trim()));
        tokenInput.addEventListener("change", () => loadSchema());
        const tokenToggle = byId("token-toggle");
        tokenToggle.addEventListener("click", () => {
          const showing = tokenInput.type === "text";
          tokenInput.type = showing ? "password" : "text";
          tokenToggle.textContent = showing ? "Show" : "Hide";
          tokenToggle.setAttribute("aria-pressed", String(!showing));
        });

        if (onMac) byId("run-hint").replaceChildren(element("kbd", {}, "⌘"), "+", element("kbd", {}, "Enter"), " runs the query.");
        byId("run").title = (onMac ? "⌘" : "Ctrl") + "+Enter";
        byId("run").addEventListener("click", () => run());
        byId("prettify").addEventListener("click", () => { prettifyQuery(); queryEditor.repaint(); });
        byId("schema-reload").addEventListener("click", () => loadSchema());
        byId("type-search").addEventListener("input", () => {
          if (schema === null) return;
          if (location.hash !== "" && location.hash !== "#") history.pushState(null, "", location.pathname + location.search);
          renderTypeList();
        });
        document.addEventListener("keydown", (event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.altKey) {
            event.preventDefault();
            run();
          }
        });
        window.addEventListener("hashchange", route);
        loadSchema();

        """#
}
