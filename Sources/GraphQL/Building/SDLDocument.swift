/// One parsed SDL file of a module.
package struct SDLDocument: Sendable {
    /// The module whose file it is.
    package var module: String
    package var source: Source
    package var document: Document

    package init(module: String, source: Source, document: Document) {
        self.module = module
        self.source = source
        self.document = document
    }

    /// The document's definitions, each with the file it was written in.
    package var definitions: [SDLElement<Definition>] {
        document.definitions.map { SDLElement($0, in: self) }
    }
}
