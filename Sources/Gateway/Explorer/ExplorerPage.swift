/// The page `GET /` serves.
///
/// PLACEHOLDER owned by the graphql-http branch only until the explorer-cli branch lands its
/// explorer page under the same name and file: on that merge, take explorer-cli's version of
/// this file whole. It is self-contained (no external fetch), as api.md requires of the page.
package enum ExplorerPage {
    package static let html = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Clientela</title></head>
        <body>
        <h1>Clientela</h1>
        <p>The GraphQL endpoint is <code>/graphql</code> (POST <code>application/json</code>, or GET for queries).</p>
        </body>
        </html>

        """
}
