/// Why the server could not start.
package enum HTTPServerError: Error, Sendable, CustomStringConvertible {
    /// A socket, epoll, eventfd or thread call failed while setting up (a port in use, say).
    case setup(SocketError)
    /// `start()` was called twice.
    case alreadyStarted

    package var description: String {
        switch self {
        case .setup(let error): "cannot start the HTTP server: \(error)"
        case .alreadyStarted: "the HTTP server was already started"
        }
    }
}
