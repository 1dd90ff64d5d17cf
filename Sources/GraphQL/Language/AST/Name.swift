/// A name as written in the document, with where it was written.
package struct Name: Sendable, Hashable, CustomStringConvertible {
    package var value: String
    package var location: Location

    package init(_ value: String, location: Location = .synthetic) {
        self.value = value
        self.location = location
    }

    package var description: String { value }
}
