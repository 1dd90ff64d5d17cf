extension ExplorerPage {
    /// Running a request and showing its answer: the variables are checked locally first (not
    /// JSON, or not an object, is said at once without a request), a new run cancels the one in
    /// flight, and the answer shows its HTTP status (200 green, 294 amber, anything else red),
    /// the time it took, its errors listed apart from the data (message, code, path, and each
    /// location as a button that selects that place in the query) and the whole body
    /// pretty-printed. A body that is not JSON is shown as it came. When the document holds
    /// several operations and the operation-name field is empty, the one under the cursor runs
    /// (as GraphQL tools do), and the result says which.
    ///
    /// Numbers pass through `JSON.parse`, so an integer beyond 2^53 would lose digits in the
    /// pretty-printed copy; no field of the schema carries one (`Money` counts minor units).
    static let scriptRunner = #"""
        let running = null;

        function showStatus(kind, label) {
          const status = byId("status");
          status.hidden = false;
          status.className = "status " + kind;
          status.textContent = label;
        }

        function showMessage(text) {
          const result = byId("result");
          result.className = "result empty";
          result.textContent = text;
          byId("errors").hidden = true;
          byId("errors").replaceChildren();
        }

        function describePath(path) {
          return path.map((part, index) => typeof part === "number" ? "[" + part + "]" : (index === 0 ? "" : ".") + part).join("");
        }

        /** One entry of the errors list. */
        function errorItem(error) {
          const message = typeof error === "object" && error !== null && typeof error.message === "string"
            ? error.message : JSON.stringify(error);
          const meta = element("div", { class: "meta" });
          const extensions = error && typeof error.extensions === "object" && error.extensions !== null ? error.extensions : {};
          if (typeof extensions.code === "string") meta.append(element("span", { class: "code" }, extensions.code));
          for (const location of Array.isArray(error && error.locations) ? error.locations : []) {
            if (typeof location.line !== "number") continue;
            const button = element("button", { type: "button", class: "location", title: "Show this place in the query" },
              "line " + location.line + ", column " + location.column);
            button.addEventListener("click", () => revealInQuery(location.line, location.column));
            meta.append(button);
          }
          if (Array.isArray(error && error.path)) meta.append(element("span", {}, "at " + describePath(error.path)));
          for (const [key, value] of Object.entries(extensions)) {
            if (key !== "code") meta.append(element("span", {}, key + ": " + (typeof value === "string" ? value : JSON.stringify(value))));
          }
          return element("li", {}, element("div", { class: "message" }, message), meta);
        }

        function showResponse(response, milliseconds) {
          const label = response.status + " " + (response.statusText || STATUS_TEXT[response.status] || "");
          const kind = response.status === 200 ? "ok" : response.status === 294 ? "partial" : "failed";
          showStatus(kind, label.trim());
          byId("timing").textContent = Math.round(milliseconds) + " ms";
          const result = byId("result");
          result.className = "result";
          const errors = byId("errors");
          const list = response.json && Array.isArray(response.json.errors) ? response.json.errors : [];
          errors.replaceChildren(...list.map(errorItem));
          errors.hidden = list.length === 0;
          errors.classList.toggle("partial", kind === "partial");
          errors.setAttribute("aria-label", list.length === 1 ? "1 error" : list.length + " errors");
          if (response.json !== undefined) paintJSON(result, JSON.stringify(response.json, null, 2));
          else if (response.text === "") { result.className = "result empty"; result.textContent = "(empty body)"; }
          else result.textContent = response.text;
          result.scrollTop = 0;
        }

        /** Reads the editors, sends the request, shows the answer. */
        async function run() {
          const body = { query: byId("query").value };
          const variablesText = byId("variables").value.trim();
          if (variablesText !== "") {
            let variables;
            try {
              variables = JSON.parse(variablesText);
            } catch (error) {
              showStatus("failed", "not sent");
              showMessage("The variables are not valid JSON: " + error.message);
              return;
            }
            if (variables === null || typeof variables !== "object" || Array.isArray(variables)) {
              showStatus("failed", "not sent");
              showMessage("The variables must be a JSON object, such as {\"id\": \"42\"}.");
              return;
            }
            body.variables = variables;
          }
          const textarea = byId("query");
          const operationName = byId("operation-name").value.trim() || operationAt(textarea.value, textarea.selectionStart);
          if (operationName) body.operationName = operationName;
          if (running) running.abort();
          const controller = new AbortController();
          running = controller;
          const button = byId("run");
          button.disabled = true;
          showStatus("pending", "running…");
          byId("timing").textContent = "";
          const started = performance.now();
          try {
            const response = await postGraphQL(body, controller.signal);
            if (running === controller) {
              showResponse(response, performance.now() - started);
              if (body.operationName) byId("timing").textContent += " · " + body.operationName;
            }
          } catch (error) {
            if (running === controller) {
              showStatus("failed", "no response");
              showMessage("The server could not be reached: " + error.message);
            }
          } finally {
            if (running === controller) { running = null; button.disabled = false; }
          }
        }

        function prettifyQuery() {
          const textarea = byId("query");
          const pretty = prettifyGraphQL(textarea.value);
          if (pretty === null) {
            showStatus("failed", "not prettified");
            showMessage("The query could not be prettified: a bracket or a string is not closed, or a character is not GraphQL.");
            return;
          }
          if (pretty === textarea.value) return;
          textarea.select();
          insertText(textarea, pretty);
          textarea.setSelectionRange(0, 0);
        }

        """#
}
