/// GetOperation: the operation of a document that a request asks for, with graphql-js's
/// messages when it cannot be chosen.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#GetOperation()
enum OperationSelection {
    static func select(in document: Document, named operationName: String?) -> Result<OperationDefinition, GraphQLError> {
        switch document.lookUpOperation(named: operationName) {
        case .found(let index):
            guard case .operation(let operation) = document.definitions[index] else { preconditionFailure("GetOperation found a non-operation") }
            return .success(operation)
        case .unknownName:
            return .failure(GraphQLError("Unknown operation named \"\(operationName ?? "")\".", code: .operationResolutionFailure))
        case .ambiguous:
            return .failure(GraphQLError("Must provide operation name if query contains multiple operations.", code: .operationResolutionFailure))
        case .noOperation:
            return .failure(GraphQLError("Must provide an operation.", code: .operationResolutionFailure))
        }
    }
}

extension ErrorCode {
    /// The operation is of a kind this endpoint does not serve (subscriptions).
    package static let operationNotSupported = ErrorCode("OPERATION_NOT_SUPPORTED")
}
