extension ExplorerPage {
    /// The page's small helpers: element lookup and creation (text always goes in as text nodes,
    /// never as HTML, so nothing the server returns can inject markup), the local storage wrapper
    /// (a browser that refuses storage still gets a working page that forgets), the request to
    /// `graphql` and the JSON colouring of the result.
    ///
    /// The endpoint is the relative URL `graphql`: from the page at `/` that is `/graphql`, and a
    /// proxy that mounts Clientela under a prefix keeps page and endpoint together.
    static let scriptSupport = #"""
        const ENDPOINT = "graphql";
        const STORAGE_PREFIX = "clientela.explorer.";
        const byId = (id) => document.getElementById(id);

        /** Creates an element; strings among the children become text nodes. */
        function element(tag, attributes, ...children) {
          const node = document.createElement(tag);
          for (const [name, value] of Object.entries(attributes || {})) {
            if (value === undefined || value === null || value === false) continue;
            if (name === "class") node.className = value;
            else node.setAttribute(name, value === true ? "" : String(value));
          }
          for (const child of children.flat(Infinity)) {
            if (child !== undefined && child !== null && child !== false) node.append(child);
          }
          return node;
        }

        /** Replaces the children of `target`, skipping absent parts and flattening lists. */
        function fill(target, ...children) {
          target.replaceChildren(...children.flat(Infinity).filter((child) => child !== undefined && child !== null && child !== false));
        }

        const storage = {
          get(key, fallback) {
            try {
              const value = window.localStorage.getItem(STORAGE_PREFIX + key);
              return value === null ? fallback : value;
            } catch {
              return fallback;
            }
          },
          set(key, value) {
            try {
              if (value === "") window.localStorage.removeItem(STORAGE_PREFIX + key);
              else window.localStorage.setItem(STORAGE_PREFIX + key, value);
            } catch {
              // Storage refused (private mode, quota): the page keeps working and forgets.
            }
          },
        };

        /** The token as typed, without a "Bearer " the user may have pasted with it. */
        function currentToken() {
          return byId("token").value.trim().replace(/^bearer\s+/i, "");
        }

        /**
         * Posts a GraphQL request; resolves to {status, statusText, text, json} whatever the
         * status, and rejects only when the server cannot be reached.
         */
        async function postGraphQL(body, signal) {
          const headers = {
            "Content-Type": "application/json",
            "Accept": "application/graphql-response+json, application/json;q=0.9",
          };
          const token = currentToken();
          if (token !== "") headers["Authorization"] = "Bearer " + token;
          const response = await fetch(ENDPOINT, {
            method: "POST", headers, body: JSON.stringify(body), signal,
            credentials: "same-origin", cache: "no-store",
          });
          const text = await response.text();
          let json;
          try { json = JSON.parse(text); } catch { json = undefined; }
          return { status: response.status, statusText: response.statusText, text, json };
        }

        const STATUS_TEXT = {
          200: "OK", 294: "Partial success", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
          404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable", 408: "Request Timeout",
          413: "Content Too Large", 415: "Unsupported Media Type", 422: "Unprocessable Content",
          429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable",
        };

        const JSON_TOKEN = /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)|([{}\[\],:])|(\s+)|([\s\S])/y;

        /** Fills `target` with the JSON text, coloured; very large texts stay plain, for speed. */
        function paintJSON(target, text) {
          if (text.length > 400000) { target.textContent = text; return; }
          const fragment = document.createDocumentFragment();
          JSON_TOKEN.lastIndex = 0;
          while (JSON_TOKEN.lastIndex < text.length) {
            const match = JSON_TOKEN.exec(text);
            if (match === null) break;
            if (match[1] !== undefined && match[2] !== undefined) {
              fragment.append(element("span", { class: "j-key" }, match[1]), match[2]);
            } else if (match[1] !== undefined) {
              fragment.append(element("span", { class: "j-str" }, match[1]));
            } else if (match[3] !== undefined) {
              fragment.append(element("span", { class: "j-num" }, match[3]));
            } else if (match[4] !== undefined) {
              fragment.append(element("span", { class: "j-lit" }, match[4]));
            } else if (match[5] !== undefined) {
              fragment.append(element("span", { class: "j-pu" }, match[5]));
            } else {
              fragment.append(match[0]);
            }
          }
          target.replaceChildren(fragment);
        }

        /** Whether the user is on a Mac, to name the right modifier key. */
        const onMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

        """#
}
