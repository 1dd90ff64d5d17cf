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
