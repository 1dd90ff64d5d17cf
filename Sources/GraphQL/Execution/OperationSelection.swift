/// GetOperation: the operation of a document that a request asks for, with graphql-js's
/// messages when it cannot be chosen.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#GetOperation()
enum OperationSelection {
    static func select(in document: Document, named operationName: String?) -> Result<OperationDefinition, GraphQLError> {
        if let operationName {
            guard let operation = document.operation(named: operationName) else {
                return .failure(GraphQLError("Unknown operation named \"\(operationName)\".", code: .operationResolutionFailure))
            }
            return .success(operation)
        }
        // Counted in place rather than through `Document.operations`: this runs on every request.
        var only: OperationDefinition?
        for case .operation(let operation) in document.definitions {
            guard only == nil else {
                return .failure(GraphQLError("Must provide operation name if query contains multiple operations.", code: .operationResolutionFailure))
            }
            only = operation
        }
        guard let only else { return .failure(GraphQLError("Must provide an operation.", code: .operationResolutionFailure)) }
        return .success(only)
    }
}

extension Document {
    /// The operation GetOperation() would choose for `operationName`, or nil when there is none
    /// to choose (no such name; several operations and no name; none at all). A host reads it
    /// before execution (say, to refuse a mutation sent over GET); execution reports why.
    package func operation(named operationName: String?) -> OperationDefinition? {
        guard let operationName else { return try? OperationSelection.select(in: self, named: nil).get() }
        for case .operation(let operation) in definitions where operation.name?.value == operationName {
            return operation
        }
        return nil
    }
}

extension ErrorCode {
    /// The operation is of a kind this endpoint does not serve (subscriptions).
    package static let operationNotSupported = ErrorCode("OPERATION_NOT_SUPPORTED")
}
