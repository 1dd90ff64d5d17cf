/// The query explorer served at `GET /`: one self-contained HTML document written for Clientela.
///
/// The page holds everything it needs inline (style, markup, script), fetches nothing but
/// `POST graphql` on its own origin, and names no other origin at all, so it works offline and
/// behind a strict firewall. Its own `Content-Security-Policy` meta tag makes the browser enforce
/// that: scripts and styles only inline, connections only to the page's origin, no images but
/// `data:` ones (the empty favicon that stops the browser asking for `/favicon.ico`).
///
/// It offers an editor for the query and one for the variables (light syntax highlighting, Tab
/// indents, Escape then Tab leaves the editor), an optional operation name, a token field whose
/// value is kept in the browser's local storage and sent as `Authorization: Bearer …` only when
/// set, a Run button and Ctrl/⌘-Enter, the result pretty-printed beside the HTTP status with its
/// errors listed apart (a location jumps to that place in the query), a prettifier for the query,
/// and a schema browser built from the introspection query: root types first, a search over type
/// and field names, every type name a link, arguments, defaults and deprecations shown.
///
/// Where the page lives: Swift raw strings, one file per concern (`+Style`, `+Markup`,
/// `+Script*`, `+IntrospectionQuery`), rather than an `.html` file compiled in by extending the
/// build plugin. The page is small, a second plugin output would be one more moving part in every
/// build, and in Swift the page can carry the version and the introspection query without a
/// template language. Nothing in the raw strings is interpolated but those two values.
///
/// The script is an inline module (`type="module"`): it runs after the document is parsed, in
/// strict mode, and its names stay out of the global scope. The sections the tests take out of
/// the page are fenced by marker comments: the introspection query (``introspectionQueryMarkers``)
/// and the pure GraphQL text functions (``graphQLTextMarkers``), which the tests run under Node.
package enum ExplorerPage {
    /// The whole document, UTF-8 text to serve as `text/html; charset=utf-8`.
    package static let html: String = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'">
        <meta name="color-scheme" content="light dark">
        <title>Clientela explorer</title>
        <link rel="icon" href="data:,">
        <style>
        \(style)</style>
        </head>
        <body>
        \(markup)<script type="module">
        \(script)</script>
        </body>
        </html>

        """

    /// The script of the page: its sections in the order they depend on each other.
    static var script: String {
        [scriptGraphQLText, scriptSupport, scriptEditors, scriptRunner, scriptSchemaBrowser, scriptStartup].joined()
    }

    /// The comments that fence the introspection query in the page's script.
    package static let introspectionQueryMarkers = (begin: "/* introspection-query:begin */", end: "/* introspection-query:end */")

    /// The comments that fence the pure GraphQL text functions (`lexGraphQL`,
    /// `prettifyGraphQL`), which use no browser API.
    package static let graphQLTextMarkers = (begin: "/* graphql-text:begin */", end: "/* graphql-text:end */")
}
