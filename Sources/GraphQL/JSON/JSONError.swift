/// JSON text that cannot be read, with the byte offset where reading stopped.
package struct JSONError: Error, Sendable, Hashable, CustomStringConvertible {
    package var message: String
    /// The offset, from 0, of the byte at fault in the input.
    package var offset: Int

    package init(_ message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    package var description: String { "\(message) at byte \(offset)" }
}
