/// Everything wrong with a set of schema modules, so that one build reports every problem at once
/// instead of one per attempt.
///
/// Its description lists one problem per line, each prefixed by where it was written:
///
/// ```
/// schema/clients.graphql:12:3: Field "Client.nme" has a resolver (registered by module "clients") but no definition. Did you mean "name"?
/// ```
package struct SchemaBuildError: Error, Sendable, CustomStringConvertible {
    /// One problem: a message in graphql-js's wording where graphql-js has one, and the places
    /// in the SDL it concerns (none when it is about a module's Swift registrations alone).
    package struct Problem: Sendable, Hashable, CustomStringConvertible {
        package var message: String
        package var locations: [SDLLocation]

        package init(_ message: String, locations: [SDLLocation] = []) {
            self.message = message
            self.locations = locations
        }

        /// `file:line:column: message`, followed by the other places the problem concerns.
        package var description: String {
            guard let first = locations.first else { return message }
            var text = "\(first): \(message)"
            if locations.count > 1 {
                text += " (see also " + locations.dropFirst().map(\.description).joined(separator: ", ") + ")"
            }
            return text
        }
    }

    package var problems: [Problem]

    package init(problems: [Problem]) {
        self.problems = problems
    }

    package var description: String {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return "The schema cannot be built (\(count)):\n" + problems.map(\.description).joined(separator: "\n")
    }
}
