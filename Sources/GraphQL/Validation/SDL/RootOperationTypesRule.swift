/// The schema has a query root type; every root type is an object type; no type is the root of
/// two operations.
///
/// Roots are those the schema definition names or, without one, the types named Query, Mutation
/// and Subscription.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Root-Operation-Types
package struct RootOperationTypesRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        let roots = context.definitions.rootTypeNames
        let explicit = context.definitions.explicitRootTypes
        if roots[.query] == nil {
            let schemaDefinition = context.definitions.schemaDefinitions.first
            context.report("Query root type must be provided.", at: schemaDefinition.map { [$0.at($0.node.location)] } ?? [])
        }
        var operationsByType: [String: [OperationType]] = [:]
        for operation in OperationType.allCases {
            guard let name = roots[operation], let type = context.schema.type(named: name) else { continue }
            let operationName = operation.rawValue.prefix(1).uppercased() + operation.rawValue.dropFirst()
            guard case .object = type else {
                let location = explicit[operation].map { $0.at($0.node.location) } ?? context.definitions.types[name]?.locations.first
                let provided = operation == .query ? "" : " if provided"
                context.report(
                    "\(operationName) root type must be Object type\(provided), it cannot be \(name).",
                    at: location.map { [$0] } ?? [])
                continue
            }
            operationsByType[name, default: []].append(operation)
        }
        for name in context.definitions.typeNames {
            guard let operations = operationsByType[name], operations.count > 1 else { continue }
            context.report(
                "All root types must be different, \"\(name)\" type is used as \(Self.andList(operations.map(\.rawValue))) root types.",
                at: operations.compactMap { explicit[$0].map { $0.at($0.node.location) } })
        }
    }

    /// `a and b`, `a, b, and c`, as graphql-js lists things.
    static func andList(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        case 2: items[0] + " and " + items[1]
        default: items.dropLast().joined(separator: ", ") + ", and " + items[items.count - 1]
        }
    }
}
