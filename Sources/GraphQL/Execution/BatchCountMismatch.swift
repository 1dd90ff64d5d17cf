/// A batch resolver returned a different number of values than it was given parents.
struct BatchCountMismatch: Error, CustomStringConvertible {
    let coordinate: String
    let expected: Int
    let found: Int

    var description: String {
        "batch resolver of \(coordinate) returned \(found) values for \(expected) parents"
    }
}
