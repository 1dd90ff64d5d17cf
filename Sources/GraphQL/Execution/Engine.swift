/// The GraphQL engine as its host sees it: a schema, limits, and one call per request.
///
/// ``execute(_:context:)`` chains every step of a request: parse, validate, choose the operation,
/// coerce variables, check the limits, execute. The steps are also offered one by one
/// (``parse(_:)``, ``validate(_:source:)``, ``execute(document:source:operationName:variables:context:rootValue:)``),
/// which the benchmark times apart.
package struct Engine: Sendable {
    package let schema: Schema
    package var limits: ExecutionLimits
    package var parserLimits: ParserLimits
    /// Sees every internal error (its real text), to log it; what it returns joins the error's
    /// `extensions` (a request id, say).
    package var onInternalError: InternalErrorHandler?
    /// `__schema` and `__type`, made once for the schema.
    private let metaFields: MetaFields
    /// The compiled output type of every field.
    private let shapes: OutputShapes
    /// The schema as validation reads it, made once for the schema.
    private let validationIndex: SchemaIndex
    /// The documents that parsed and validated so far, with their operations' plans, shared by
    /// the engine's copies.
    private let documentCache: DocumentCache

    /// - Parameter planCacheCapacity: How many documents keep their parsed, validated form and
    ///   their execution plans between requests (0 to parse, validate and plan every request
    ///   afresh).
    package init(
        schema: Schema,
        limits: ExecutionLimits = .default,
        parserLimits: ParserLimits = .default,
        onInternalError: InternalErrorHandler? = nil,
        planCacheCapacity: Int = 256
    ) {
        self.schema = schema
        self.limits = limits
        self.parserLimits = parserLimits
        self.onInternalError = onInternalError
        self.metaFields = MetaFields(schema: schema)
        self.shapes = OutputShapes(schema: schema, metaFields: metaFields)
        self.validationIndex = SchemaIndex(schema)
        self.documentCache = DocumentCache(capacity: planCacheCapacity)
    }

    /// Runs one request from its text to its response. Every failure is in the response: a
    /// request error (no `data`) for a document that does not parse or validate, an operation
    /// that cannot be chosen, variables that do not coerce or a limit exceeded; field errors
    /// beside `data` otherwise.
    ///
    /// A document that parsed and validated once is remembered by its text, so sending it again
    /// skips both steps (see ``DocumentCache``).
    package func execute(_ request: GraphQLRequest, context: any RequestContext) async -> GraphQLResponse {
        switch prepare(request.query) {
        case .success(let prepared):
            return await execute(prepared, operationName: request.operationName, variables: request.variables, context: context)
        case .failure(let failure):
            return .requestError(failure.errors)
        }
    }

    /// Executes an operation of a document ``prepare(_:)`` gave, with the plans cached beside it.
    package func execute(
        _ prepared: PreparedDocument,
        operationName: String? = nil,
        variables: OrderedObject? = nil,
        context: any RequestContext,
        rootValue: any Sendable = ()
    ) async -> GraphQLResponse {
        await execute(
            document: prepared.document, source: prepared.source, plans: prepared.plans, operationName: operationName,
            variables: variables, context: context, rootValue: rootValue)
    }

    /// A document's text parsed and validated, from the cache when it was seen before, or the
    /// errors that make it unusable (a syntax error, or the validation errors).
    package func prepare(_ text: String) -> Result<PreparedDocument, RequestErrors> {
        if let cached = documentCache.entry(for: text) {
            return .success(PreparedDocument(source: cached.source, document: cached.document, plans: cached.plans))
        }
        let source = Source(text)
        let document: Document
        do {
            document = try parse(source)
        } catch {
            return .failure(RequestErrors(errors: [error]))
        }
        let errors = validate(document, source: source)
        if !errors.isEmpty { return .failure(RequestErrors(errors: errors)) }
        let plans = documentCache.store(source: source, document: document)
        return .success(PreparedDocument(source: source, document: document, plans: plans))
    }

    /// Parses a request's document within ``parserLimits``.
    ///
    /// - Throws: ``GraphQLError`` with code GRAPHQL_PARSE_FAILED, or QUERY_TOO_COMPLEX for a limit.
    package func parse(_ source: Source) throws(GraphQLError) -> Document {
        try Parser.parse(source, limits: parserLimits)
    }

    /// Validates a parsed document against the schema with the specification's rules.
    package func validate(_ document: Document, source: Source) -> [GraphQLError] {
        Validator.validate(document, source: source, index: validationIndex)
    }

    /// Executes an operation of a parsed, validated document: chooses the operation, coerces the
    /// variables, applies the limits, then runs it.
    ///
    /// - Parameters:
    ///   - source: The document's text, for the line and column of errors; without it errors
    ///     have no `locations`.
    ///   - rootValue: The source value of the root fields' resolvers.
    ///
    /// Plans are reused when `source` is the text of a document the engine's cache holds.
    package func execute(
        document: Document,
        source: Source? = nil,
        operationName: String? = nil,
        variables: OrderedObject? = nil,
        context: any RequestContext,
        rootValue: any Sendable = ()
    ) async -> GraphQLResponse {
        await execute(
            document: document, source: source, plans: source.flatMap { documentCache.entry(for: $0.text)?.plans },
            operationName: operationName, variables: variables, context: context, rootValue: rootValue)
    }

    /// Inlined into its two callers: a request's task then keeps one frame fewer on its stack
    /// (see `GatewayHandler.answer`).
    @inline(__always)
    private func execute(
        document: Document,
        source: Source?,
        plans cachedPlans: DocumentPlans?,
        operationName: String?,
        variables: OrderedObject?,
        context: any RequestContext,
        rootValue: any Sendable
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
        guard let rootType = schema.rootTypeName(for: operation.operation) else {
            return .requestError([GraphQLError(
                "Schema is not configured to execute \(operation.operation.rawValue) operation.",
                locations: source.map { [$0.location(of: operation.location)] } ?? [],
                code: .validationFailed)])
        }
        let entry = cachedPlans?.entry(for: operationName)
        let variableTypes = entry?.variableTypes ?? operation.variableDefinitions.map { TypeReference($0.type) }
        let coercedVariables: OrderedObject
        do {
            coercedVariables = try VariableCoercion.coerce(
                operation.variableDefinitions, types: variableTypes, inputs: variables, schema: schema, source: source)
        } catch {
            return .requestError(error.errors)
        }
        let fragments = document.fragmentsByName
        var conditionVariables: [String] = []
        var conditions: [Value?] = []
        var reusable: OperationPlan?
        var passedGuards: DocumentPlans.PassedGuards?
        if cachedPlans != nil {
            conditionVariables = entry?.conditionVariables ?? OperationPlan.conditionVariables(of: document)
            conditions = conditionVariables.map { coercedVariables[$0] }
            reusable = entry?.plan(for: conditions)
            passedGuards = entry?.passedGuards(for: conditions).flatMap { $0.limits == limits ? $0 : nil }
        }
        if let passedGuards {
            let refusals = ExecutionGuards.check(passedGuards.variableLimits, variables: coercedVariables, limits: limits, source: source)
            if !refusals.isEmpty { return .requestError(refusals) }
        } else {
            var guards = ExecutionGuards(limits: limits, fragments: fragments, variables: coercedVariables, source: source)
            let refusals = guards.check(operation)
            if !refusals.isEmpty { return .requestError(refusals) }
            cachedPlans?.store(
                DocumentPlans.PassedGuards(limits: limits, variableLimits: guards.variableLimits),
                for: operationName, conditionVariables: conditionVariables, variableTypes: variableTypes, conditions: conditions)
        }
        var executor = Executor(
            schema: schema, source: source, operation: operation, plan: reusable, fragments: fragments, variables: coercedVariables,
            context: context, deadline: limits.deadline, onInternalError: onInternalError, metaFields: metaFields, shapes: shapes)
        await executor.run(operation, rootType: rootType, rootValue: rootValue)
        if let cachedPlans, let plan = executor.planForReuse {
            cachedPlans.store(
                plan, for: operationName, conditionVariables: conditionVariables, variableTypes: variableTypes, conditions: conditions,
                replacing: reusable)
        }
        return executor.takeResponse()
    }
}
