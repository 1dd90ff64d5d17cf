/// The GraphQL engine as its host sees it: a schema, limits, and one call per request.
///
/// ``execute(document:source:operationName:variables:context:)`` runs a document that was
/// already parsed and validated (the benchmark times parsing, validation and execution apart);
/// the request-level entry point chains all the steps.
package struct Engine: Sendable {
    package let schema: Schema
    package var limits: ExecutionLimits
    /// Sees every internal error (its real text), to log it; what it returns joins the error's
    /// `extensions` (a request id, say).
    package var onInternalError: InternalErrorHandler?

    package init(schema: Schema, limits: ExecutionLimits = .default, onInternalError: InternalErrorHandler? = nil) {
        self.schema = schema
        self.limits = limits
        self.onInternalError = onInternalError
    }

    /// Executes an operation of a parsed, validated document: chooses the operation, coerces the
    /// variables, applies the limits, then runs it.
    ///
    /// - Parameters:
    ///   - source: The document's text, for the line and column of errors; without it errors
    ///     have no `locations`.
    ///   - rootValue: The source value of the root fields' resolvers.
    package func execute(
        document: Document,
        source: Source? = nil,
        operationName: String? = nil,
        variables: OrderedObject? = nil,
        context: any RequestContext,
        rootValue: any Sendable = ()
    ) async -> GraphQLResponse {
        let operation: OperationDefinition
        switch OperationSelection.select(in: document, named: operationName) {
        case .success(let selected): operation = selected
        case .failure(let error): return .requestError([error])
        }
        if operation.operation == .subscription {
            return .requestError([GraphQLError(
                "Subscriptions are not served over this endpoint; send a query or a mutation.",
                locations: source.map { [$0.location(of: operation.location)] } ?? [],
                code: .operationNotSupported)])
        }
        guard let rootType = schema.rootType(for: operation.operation) else {
            return .requestError([GraphQLError(
                "Schema is not configured to execute \(operation.operation.rawValue) operation.",
                locations: source.map { [$0.location(of: operation.location)] } ?? [],
                code: .validationFailed)])
        }
        let coercedVariables: OrderedObject
        do {
            coercedVariables = try VariableCoercion.coerce(operation.variableDefinitions, inputs: variables, schema: schema, source: source)
        } catch {
            return .requestError(error.errors)
        }
        var fragments: [String: FragmentDefinition] = [:]
        for fragment in document.fragments where fragments[fragment.name.value] == nil {
            fragments[fragment.name.value] = fragment
        }
        var guards = ExecutionGuards(limits: limits, fragments: fragments, variables: coercedVariables, source: source)
        let refusals = guards.check(operation)
        if !refusals.isEmpty { return .requestError(refusals) }
        let executor = Executor(
            schema: schema, source: source, fragments: fragments, variables: coercedVariables, context: context,
            deadline: limits.deadline, onInternalError: onInternalError)
        return await executor.run(operation, rootType: rootType, rootValue: rootValue)
    }
}
