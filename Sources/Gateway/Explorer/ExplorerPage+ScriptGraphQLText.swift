extension ExplorerPage {
    /// The page's GraphQL text functions: a lexer for colouring and reformatting, the
    /// prettifier, and the finding of the operation under the cursor. They touch no browser API, so the tests run them under Node against our own
    /// parser: a prettified document must parse to the same document as the original.
    ///
    /// The prettifier refuses (returns `null`) a document whose braces do not balance or that
    /// holds a character GraphQL does not allow, rather than guess: it must never change what a
    /// query means. Commas are insignificant in GraphQL; it writes them between arguments and
    /// list items and drops them elsewhere. A comment stays on its own line, or at the end of the
    /// line it ended in the original. Variable definitions stay on one line, a description
    /// before its variable as well.
    static let scriptGraphQLText = #"""
        /* graphql-text:begin */
        const GRAPHQL_TOKEN = /("""(?:[^"\\]|\\[\s\S]|"(?!""))*""")|("""[\s\S]*)|("(?:[^"\\\n\r]|\\.)*")|("(?:[^"\\\n\r]|\\.)*\\?)|(#[^\n\r]*)|(\$[_A-Za-z][_0-9A-Za-z]*)|(@[_A-Za-z][_0-9A-Za-z]*)|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([_A-Za-z][_0-9A-Za-z]*)|(\.\.\.|[!&():=\[\]{|}])|([\s,\uFEFF]+)|([\s\S])/y;
        /** The kind of each alternative above; an unterminated string is invalid. */
        const GRAPHQL_TOKEN_KINDS = ["string", "invalid", "string", "invalid", "comment", "variable", "directive", "number", "name", "punct", "space", "invalid"];

        /** Splits GraphQL text into tokens `{kind, text}`; the texts joined give the input back. */
        function lexGraphQL(text) {
          const tokens = [];
          GRAPHQL_TOKEN.lastIndex = 0;
          while (GRAPHQL_TOKEN.lastIndex < text.length) {
            const match = GRAPHQL_TOKEN.exec(text);
            if (match === null) break;
            const group = match.findIndex((part, index) => index > 0 && part !== undefined);
            tokens.push({ kind: GRAPHQL_TOKEN_KINDS[group - 1], text: match[0] });
          }
          return tokens;
        }

        /** The tokens that end a value, after which another value needs a comma. */
        function endsValue(token) {
          return ["name", "variable", "number", "string"].includes(token.kind) || [")", "]", "}", "!"].includes(token.text);
        }

        /**
         * Reformats a GraphQL document: one selection per line, two spaces per level, arguments
         * and variable definitions on one line, a blank line between definitions.
         * Returns null when the text cannot be reformatted safely.
         */
        function prettifyGraphQL(text) {
          const tokens = [];
          let newlineBefore = true;
          let balance = 0;
          for (const token of lexGraphQL(text)) {
            if (token.kind === "invalid") return null;
            if (token.kind === "space") { newlineBefore = newlineBefore || /[\n\r]/.test(token.text); continue; }
            if (token.kind === "punct" && "{([".includes(token.text)) balance += 1;
            if (token.kind === "punct" && "})]".includes(token.text)) balance -= 1;
            if (balance < 0) return null;
            tokens.push({ kind: token.kind, text: token.text, newlineBefore });
            newlineBefore = false;
          }
          if (balance !== 0) return null;
          const lines = [];
          let line = "";
          let depth = 0;       // selection sets open
          let nested = 0;      // parentheses, lists and input objects open
          let previous = null;
          let beforePrevious = null;
          let breakNext = false;
          const newLine = (blank) => {
            if (line.trim() !== "") lines.push(line.trimEnd());
            if (blank && lines.length > 0) lines.push("");
            line = "  ".repeat(depth);
          };
          for (const token of tokens) {
            const text = token.text;
            let before;
            if (token.kind === "comment") {
              before = previous === null || token.newlineBefore ? (depth === 0 && nested === 0 && previous && previous.text === "}" ? "blank" : "line") : " ";
            } else if (nested > 0) {
              if (")]}:!(".includes(text)) before = "";
              else if (text === "=" || token.kind === "directive" || previous.description) before = " ";
              else if (previous.text === ":" || previous.text === "=") before = " ";
              else if ("([{".includes(previous.text)) before = "";
              else if (endsValue(previous)) before = ", ";
              else before = " ";
            } else if (text === "}") {
              before = "line";
            } else if (text === "{") {
              before = previous === null ? "" : " ";
            } else if (text === "(" || text === ":") {
              before = "";
            } else if (previous === null) {
              before = "";
            } else if (depth === 0) {
              before = previous.text === "}" ? "blank" : " ";
            } else if (previous.text === "...") {
              before = token.kind === "name" && text !== "on" ? "" : " ";
            } else if ((token.kind === "name" || text === "...") && previous.text !== ":" && !(previous.text === "on" && beforePrevious && beforePrevious.text === "...")) {
              before = "line";
            } else {
              before = " ";
            }
            if (breakNext && before !== "blank") before = "line";
            if (nested === 0 && text === "}") depth = Math.max(0, depth - 1);
            if (before === "line" || before === "blank") {
              newLine(before === "blank");
              line += text;
            } else {
              line += before + text;
            }
            if (nested > 0 && ")]}".includes(text)) nested -= 1;
            else if (nested > 0 && "([{".includes(text)) nested += 1;
            else if (nested === 0 && (text === "(" || text === "[")) nested = 1;
            else if (nested === 0 && text === "{") depth += 1;
            // A string that starts a variable definition is its description, not a value.
            token.description = token.kind === "string" && depth === 0 && nested === 1 && (previous.text === "(" || endsValue(previous));
            breakNext = token.kind === "comment";
            beforePrevious = previous;
            previous = token;
          }
          newLine(false);
          return lines.join("\n") + "\n";
        }
        /**
         * The operations of a document, in order: `{name, start, end}` with character offsets
         * (`name` null for an anonymous one). Fragments are not operations and are left out.
         */
        function listOperations(text) {
          const operations = [];
          const tokens = lexGraphQL(text);
          let offset = 0;
          let depth = 0;
          let current = null;
          tokens.forEach((token, index) => {
            if (token.kind === "name" && depth === 0 && current === null
              && ["query", "mutation", "subscription", "fragment"].includes(token.text)) {
              const next = tokens.slice(index + 1).find((later) => later.kind !== "space" && later.kind !== "comment");
              current = { name: next && next.kind === "name" ? next.text : null, start: offset, fragment: token.text === "fragment" };
            } else if (token.kind === "punct" && "{([".includes(token.text)) {
              if (depth === 0 && current === null && token.text === "{") current = { name: null, start: offset, fragment: false };
              depth += 1;
            } else if (token.kind === "punct" && "})]".includes(token.text)) {
              depth = Math.max(0, depth - 1);
              if (depth === 0 && token.text === "}" && current !== null) {
                if (!current.fragment) operations.push({ name: current.name, start: current.start, end: offset + 1 });
                current = null;
              }
            }
            offset += token.text.length;
          });
          return operations;
        }

        /**
         * The name of the operation to run when the document has several and none is named:
         * the one the cursor is in, else the last one before the cursor, else the first.
         */
        function operationAt(text, cursor) {
          const operations = listOperations(text);
          if (operations.length < 2 || operations.some((operation) => operation.name === null)) return null;
          const inside = operations.find((operation) => cursor >= operation.start && cursor <= operation.end);
          const before = operations.filter((operation) => operation.start <= cursor).at(-1);
          return (inside || before || operations[0]).name;
        }
        /* graphql-text:end */

        """#
}
