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

/// An AST node of some module's SDL together with the file it was written in, so that every
/// message about it can say where: locations in the AST are byte offsets into one source.
package struct SDLElement<Node: Sendable>: Sendable {
    package var node: Node
    package var source: Source
    package var module: String

    package init(_ node: Node, source: Source, module: String) {
        self.node = node
        self.source = source
        self.module = module
    }

    package init(_ node: Node, in document: SDLDocument) {
        self.init(node, source: document.source, module: document.module)
    }

    /// The same file, another node: a child of this one.
    package func child<Child>(_ node: Child) -> SDLElement<Child> {
        SDLElement<Child>(node, source: source, module: module)
    }

    /// Where a node of this file starts, as messages print it.
    package func at(_ location: Location) -> SDLLocation {
        SDLLocation(source, location)
    }
}
