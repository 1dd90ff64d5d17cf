extension ExplorerPage {
    /// The two editors: a `textarea` each, with the coloured copy of its text painted underneath
    /// and scrolled with it, its text kept in local storage as it is typed, Tab and Shift-Tab
    /// indenting the line or the selected lines, Enter keeping the indentation (one level more
    /// after an opening bracket), and Escape then Tab leaving the editor (so the keyboard is never
    /// trapped).
    ///
    /// Edits go through `insertText` where the browser has it, so Undo still works.
    static let scriptEditors = #"""
        const GRAPHQL_KEYWORDS = new Set(["query", "mutation", "subscription", "fragment"]);
        const GRAPHQL_CLASSES = { string: "t-str", comment: "t-com", variable: "t-var", directive: "t-dir", number: "t-num", punct: "t-pu", invalid: "t-bad" };

        /** Paints GraphQL text: keywords, names, type names, variables, directives, literals. */
        function paintGraphQL(target, text) {
          const fragment = document.createDocumentFragment();
          let braces = 0;
          let parens = 0;
          let previous = "";
          let beforePrevious = "";
          for (const token of lexGraphQL(text)) {
            let className = GRAPHQL_CLASSES[token.kind];
            if (token.kind === "name") {
              const definitionLevel = braces === 0 && parens === 0;
              if (definitionLevel && GRAPHQL_KEYWORDS.has(token.text)) className = "t-kw";
              else if (token.text === "on" && (previous === "..." || definitionLevel)) className = "t-kw";
              else if (parens > 0 && ["true", "false", "null"].includes(token.text)) className = "t-kw";
              else if (previous === "on" || (braces === 0 && parens > 0 && (previous === ":" || previous === "["))
                || (definitionLevel && beforePrevious === "on")) className = "t-ty";
              else className = "t-nm";
            }
            if (token.kind === "punct") {
              if (token.text === "{") braces += 1;
              if (token.text === "}") braces = Math.max(0, braces - 1);
              if (token.text === "(") parens += 1;
              if (token.text === ")") parens = Math.max(0, parens - 1);
            }
            fragment.append(className ? element("span", { class: className }, token.text) : token.text);
            if (token.kind !== "space" && token.kind !== "comment") {
              beforePrevious = previous;
              previous = token.text;
            }
          }
          // A final newline in the textarea needs a line of its own in the copy.
          fragment.append("\n");
          target.replaceChildren(fragment);
        }

        /** Paints the variables, which are JSON (left plain when they do not lex as JSON). */
        function paintVariables(target, text) {
          paintJSON(target, text);
          target.append("\n");
        }

        /** Replaces the selection with `text`, keeping the browser's undo history when it can. */
        function insertText(textarea, text) {
          textarea.focus();
          let done = false;
          try { done = document.execCommand("insertText", false, text); } catch { done = false; }
          if (!done) {
            textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, "end");
            textarea.dispatchEvent(new Event("input"));
          }
        }

        /** Indents or outdents by two spaces every line the selection touches. */
        function shiftLines(textarea, outdent) {
          const { value, selectionStart, selectionEnd } = textarea;
          const start = value.lastIndexOf("\n", selectionStart - 1) + 1;
          const end = selectionEnd > selectionStart && value[selectionEnd - 1] === "\n" ? selectionEnd - 1 : selectionEnd;
          const block = value.slice(start, end);
          const changed = outdent ? block.replace(/^ {1,2}/gm, "") : block.replace(/^/gm, "  ");
          if (changed === block) return;
          textarea.setSelectionRange(start, end);
          insertText(textarea, changed);
          textarea.setSelectionRange(start, start + changed.length);
        }

        /** Wires one editor to its painted copy, its storage key and the keys above. */
        function setUpEditor(textarea, paintTarget, paint, storageKey, initial) {
          textarea.value = storage.get(storageKey, initial);
          let scheduled = false;
          const repaint = () => {
            scheduled = false;
            paint(paintTarget, textarea.value);
            paintTarget.scrollTop = textarea.scrollTop;
            paintTarget.scrollLeft = textarea.scrollLeft;
          };
          const schedule = () => {
            if (!scheduled) { scheduled = true; requestAnimationFrame(repaint); }
          };
          let leaving = false;
          textarea.addEventListener("input", () => { storage.set(storageKey, textarea.value); schedule(); });
          textarea.addEventListener("scroll", () => {
            paintTarget.scrollTop = textarea.scrollTop;
            paintTarget.scrollLeft = textarea.scrollLeft;
          });
          textarea.addEventListener("blur", () => { leaving = false; });
          textarea.addEventListener("keydown", (event) => {
            if (event.key === "Escape") { leaving = true; return; }
            const plain = !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing;
            if (event.key === "Tab" && plain && !leaving) {
              event.preventDefault();
              const { value, selectionStart, selectionEnd } = textarea;
              if (event.shiftKey || value.slice(selectionStart, selectionEnd).includes("\n")) shiftLines(textarea, event.shiftKey);
              else insertText(textarea, "  ");
            } else if (event.key === "Enter" && plain && !event.shiftKey) {
              event.preventDefault();
              const { value, selectionStart } = textarea;
              const lineStart = value.lastIndexOf("\n", selectionStart - 1) + 1;
              const before = value.slice(lineStart, selectionStart);
              const indentation = before.match(/^ */)[0] + (/[{(\[]\s*$/.test(before) ? "  " : "");
              insertText(textarea, "\n" + indentation);
            }
            if (event.key !== "Shift") leaving = false;
          });
          paintTarget.parentElement.classList.add("painted");
          repaint();
          return { repaint: schedule };
        }

        /** Selects the text at a 1-based line and column of the query editor. */
        function revealInQuery(line, column) {
          const textarea = byId("query");
          const lines = textarea.value.split("\n");
          let offset = 0;
          for (let index = 0; index < Math.min(line - 1, lines.length); index += 1) offset += lines[index].length + 1;
          offset = Math.min(offset + Math.max(column - 1, 0), textarea.value.length);
          textarea.focus();
          textarea.setSelectionRange(offset, Math.min(offset + 1, textarea.value.length));
          const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
          textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
        }

        """#
}
