/// Operation Name Uniqueness: no two operations of a document share a name.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness
package struct UniqueOperationNamesRule: ValidationRule {
    /// The operation names seen so far, each with its first location, in order.
    private var known: [Name] = []
    /// ``known`` by name, made once there are too many names to scan.
    private var knownByName: [String: Location]?

    package init() {}

    package var events: ValidationEvents { .enterOperation }

    package mutating func enterOperation(_ operation: OperationDefinition, context: inout ValidationContext) {
        guard let name = operation.name else { return }
        if let first = firstLocation(of: name.value) {
            context.report("There can be only one operation named \"\(name.value)\".", at: [first, name.location])
            return
        }
        known.append(name)
        if knownByName != nil {
            knownByName?[name.value] = name.location
        } else if known.count > Self.scanLimit {
            knownByName = Dictionary(known.map { ($0.value, $0.location) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// Documents mostly have one operation or a few: their names are scanned, which allocates
    /// nothing; past this many, they are looked up.
    private static let scanLimit = 8

    private func firstLocation(of name: String) -> Location? {
        if let knownByName { return knownByName[name] }
        return known.first { $0.value == name }?.location
    }
}
