/// GetOperation: the operation of a document that a request asks for, with graphql-js's
/// messages when it cannot be chosen.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#GetOperation()
enum OperationSelection {
    static func select(in document: Document, named operationName: String?) -> Result<OperationDefinition, GraphQLError> {
        let operations = document.operations
        if let operationName {
            guard let operation = operations.first(where: { $0.name?.value == operationName }) else {
                return .failure(GraphQLError("Unknown operation named \"\(operationName)\".", code: .operationResolutionFailure))
            }
            return .success(operation)
        }
        switch operations.count {
        case 0: return .failure(GraphQLError("Must provide an operation.", code: .operationResolutionFailure))
        case 1: return .success(operations[0])
        default:
            return .failure(GraphQLError("Must provide operation name if query contains multiple operations.", code: .operationResolutionFailure))
        }
    }
}

extension ErrorCode {
    /// The operation is of a kind this endpoint does not serve (subscriptions).
    package static let operationNotSupported = ErrorCode("OPERATION_NOT_SUPPORTED")
}
