extension ExplorerPage {
    /// The page's body: a header with the token field, then the schema pane, the editors and the
    /// result. Every control has a label (visible, or visually hidden where the pane heading
    /// already says it), and the live regions announce the schema's state and the result's status.
    static let markup = """
        <header class="bar">
          <h1>Clientela <span>explorer</span></h1>
          <span class="version">server \(ClientelaVersion.current)</span>
          <div class="token">
            <label for="token">Token</label>
            <input id="token" type="password" autocomplete="off" spellcheck="false" placeholder="API token (optional)" aria-describedby="token-note">
            <button id="token-toggle" type="button" aria-pressed="false" aria-controls="token">Show</button>
            <span id="token-note" class="visually-hidden">Kept in this browser's local storage and sent as a Bearer token with every request.</span>
          </div>
        </header>
        <main class="layout">
          <section class="schema-pane" aria-labelledby="schema-heading">
            <div class="pane-head">
              <h2 id="schema-heading">Schema</h2>
              <div class="actions"><button id="schema-reload" type="button">Reload</button></div>
            </div>
            <div class="search">
              <label for="type-search" class="visually-hidden">Search types and fields</label>
              <input id="type-search" type="search" placeholder="Search types and fields" autocomplete="off" spellcheck="false">
            </div>
            <div class="schema-body" id="schema-body">
              <p id="schema-status" class="schema-status" role="status">The schema loads when the page starts.</p>
              <nav id="type-list" aria-label="Types"></nav>
              <article id="type-detail" class="type-detail" hidden></article>
            </div>
          </section>
          <section class="editor-pane" aria-label="Request">
            <div class="pane-head">
              <label for="query">Query</label>
              <div class="actions">
                <button id="prettify" type="button" title="Reformat the query">Prettify</button>
                <button id="run" type="button" class="primary" aria-describedby="run-hint">Run</button>
              </div>
            </div>
            <div class="editor" id="query-editor">
              <pre id="query-paint" aria-hidden="true"></pre>
              <textarea id="query" spellcheck="false" autocomplete="off" autocapitalize="off" wrap="off" aria-describedby="editor-hint"></textarea>
            </div>
            <div class="field-row">
              <label for="operation-name">Operation name</label>
              <input id="operation-name" type="text" spellcheck="false" autocomplete="off" placeholder="optional">
            </div>
            <div class="pane-head"><label for="variables">Variables</label><span class="timing">a JSON object</span></div>
            <div class="editor variables" id="variables-editor">
              <pre id="variables-paint" aria-hidden="true"></pre>
              <textarea id="variables" spellcheck="false" autocomplete="off" autocapitalize="off" wrap="off" aria-describedby="editor-hint" placeholder="{}"></textarea>
            </div>
            <p class="hint"><span id="run-hint"><kbd>Ctrl</kbd>+<kbd>Enter</kbd> runs the query.</span> <span id="editor-hint"><kbd>Tab</kbd> indents; <kbd>Esc</kbd> then <kbd>Tab</kbd> leaves the editor.</span></p>
          </section>
          <section class="result-pane" aria-labelledby="result-heading">
            <div class="pane-head">
              <h2 id="result-heading">Result</h2>
              <span id="status" class="status" role="status" hidden></span>
              <span id="timing" class="timing"></span>
            </div>
            <ul id="errors" class="errors" aria-label="Errors" hidden></ul>
            <pre id="result" class="result empty" tabindex="0" aria-label="Response">Run a query to see its result here.</pre>
          </section>
        </main>

        """
}
