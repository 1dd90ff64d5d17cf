/// Executes one operation breadth-first: level by level of the response, every object of a
/// level that shares a plan is resolved together, field by field.
///
/// Why breadth-first: a page of 100 clients asks `assignedTo` 100 times. Walking depth-first
/// (one task per field, as GraphQLSwift does) pays a task and a suspension per field and cannot
/// batch; here the 100 `assignedTo` lookups of a level are one call of a ``FieldResolver/batch(_:)``
/// resolver, synchronous resolvers run inline with no suspension at all, and fields are
/// collected once per (selection, runtime type) rather than once per object.
///
/// Query fields are resolved in any order (the specification allows it); mutation root fields
/// run one after the other, each with its whole subtree, before the next one starts.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Executing-Selection-Sets
struct Executor {
    let schema: Schema
    let source: Source?
    let variables: OrderedObject
    let context: any RequestContext
    let loaders = LoaderRegistry()
    let deadline: ContinuousClock.Instant?
    let deadlineDuration: Duration?
    let onInternalError: InternalErrorHandler?
    let collector: FieldCollector
    let metaFields: MetaFields?

    var tree = ResultTree()
    var plans: [ObjectPlan] = []
    var errors: [GraphQLError] = []
    /// Set once any slot was nulled; until then no liveness checks are needed.
    var hasNulled = false
    /// The objects completed at this level, grouped by plan, for the next level.
    var nextBatches: [Batch] = []
    private var nextBatchIndex: [Int32: Int] = [:]
    private var lastPlan: Int32 = -1
    private var lastBatch = -1

    /// The objects of one level that share a plan.
    struct Batch {
        var plan: Int32
        var items: [Work]
        /// The plan's fields to run: all of them, or one mutation root field at a time.
        var fields: Range<Int>? = nil
    }

    /// One object to resolve: its slot in the tree and its source value.
    struct Work {
        var slot: Int
        var source: any Sendable
    }

    /// The request ran past ``ExecutionLimits/deadline``.
    struct DeadlineExceeded: Error {}

    init(
        schema: Schema,
        source: Source?,
        fragments: [String: FragmentDefinition],
        variables: OrderedObject,
        context: any RequestContext,
        deadline: Duration?,
        onInternalError: InternalErrorHandler?,
        metaFields: MetaFields?
    ) {
        self.metaFields = metaFields
        self.schema = schema
        self.source = source
        self.variables = variables
        self.context = context
        self.deadlineDuration = deadline
        self.deadline = deadline.map { ContinuousClock.now.advanced(by: $0) }
        self.onInternalError = onInternalError
        self.collector = FieldCollector(schema: schema, fragments: fragments, variables: variables)
    }

    /// ExecuteOperation: runs the operation's selection set on its root type.
    mutating func run(_ operation: OperationDefinition, rootType: ObjectType, rootValue: any Sendable) async -> GraphQLResponse {
        let rootGroup = SelectionGroup(selectionSets: [operation.selectionSet])
        let rootPlan = planIndex(for: rootGroup, typeName: rootType.name)
        tree.makeObject(at: 0, keys: rootPlan, childNonNull: plans[Int(rootPlan)].fields.map(\.shape.isNonNull))
        let root = Work(slot: 0, source: rootValue)
        do {
            if operation.operation == .mutation {
                for field in plans[Int(rootPlan)].fields.indices {
                    try await drain([Batch(plan: rootPlan, items: [root], fields: field..<field + 1)])
                }
            } else {
                try await drain([Batch(plan: rootPlan, items: [root])])
            }
        } catch {
            let limit = deadlineDuration.map { "\($0)" } ?? "its deadline"
            errors.append(GraphQLError("The request ran past the deadline of \(limit) and was stopped.", code: .queryTooComplex))
            return GraphQLResponse(errors: errors, isRequestError: false, tree: nil)
        }
        return GraphQLResponse(errors: errors, isRequestError: false, tree: tree)
    }

    /// Runs levels until no object is left to resolve.
    private mutating func drain(_ start: [Batch]) async throws(DeadlineExceeded) {
        var current = start
        while !current.isEmpty {
            try checkDeadline()
            nextBatches = []
            nextBatchIndex = [:]
            lastPlan = -1
            for batch in current {
                try await execute(batch)
            }
            current = nextBatches
        }
    }

    func checkDeadline() throws(DeadlineExceeded) {
        if let deadline, ContinuousClock.now > deadline { throw DeadlineExceeded() }
    }

    // MARK: One plan at one level

    private mutating func execute(_ batch: Batch) async throws(DeadlineExceeded) {
        let plan = plans[Int(batch.plan)]
        var items = batch.items
        if hasNulled { items.removeAll { tree.isUnderNull($0.slot) } }
        if items.isEmpty { return }
        var firstChild: [Int] = []
        firstChild.reserveCapacity(items.count)
        for item in items {
            guard case .object(let first, _) = tree.slots[item.slot].node else { preconditionFailure("work on a slot that is not an object") }
            firstChild.append(Int(first))
        }
        var calls: [AsyncCall] = []
        var targets: [AsyncTarget] = []
        for fieldIndex in batch.fields ?? plan.fields.indices {
            let field = plan.fields[fieldIndex]
            switch field.kind {
            case .typeName:
                for first in firstChild { tree.slots[first + fieldIndex].node = .leaf(plan.typeNameValue) }
            case .resolved(let definition, let resolver):
                let arguments: Arguments
                switch field.arguments {
                case .success(let coerced):
                    arguments = coerced
                case .failure(let failure):
                    for first in firstChild {
                        report(failure.message, code: .badUserInput, at: first + fieldIndex, field: field, locations: sourceLocations(failure.location))
                    }
                    continue
                }
                var allowed: [Bool]? = nil
                if let permission = definition.permission {
                    allowed = items.indices.map { context.mayRead(permission, source: items[$0].source) }
                    for index in items.indices where allowed?[index] == false {
                        report("Not authorized to read \(field.coordinate).", code: .forbidden, at: firstChild[index] + fieldIndex, field: field)
                    }
                }
                switch resolver?.body {
                case .sync(let body)?:
                    for index in items.indices where allowed?[index] ?? true {
                        let slot = firstChild[index] + fieldIndex
                        if hasNulled, tree.isUnderNull(slot) { continue }
                        do {
                            complete(try body(items[index].source, arguments, field.resolveContext), shape: field.shape, slot: slot, field: field)
                        } catch {
                            reportThrown(error, at: slot, field: field)
                        }
                    }
                case nil:
                    for index in items.indices where allowed?[index] ?? true {
                        let slot = firstChild[index] + fieldIndex
                        complete(DefaultResolver.resolve(items[index].source, fieldName: field.fieldName), shape: field.shape, slot: slot, field: field)
                    }
                case .async(let body)?:
                    for index in items.indices where allowed?[index] ?? true {
                        calls.append(AsyncCall(body: .single(body, items[index].source), arguments: arguments, context: field.resolveContext))
                        targets.append(AsyncTarget(field: field, slots: [firstChild[index] + fieldIndex]))
                    }
                case .batch(let body)?:
                    var sources: [any Sendable] = []
                    var slots: [Int] = []
                    sources.reserveCapacity(items.count)
                    slots.reserveCapacity(items.count)
                    for index in items.indices where allowed?[index] ?? true {
                        sources.append(items[index].source)
                        slots.append(firstChild[index] + fieldIndex)
                    }
                    if !sources.isEmpty {
                        calls.append(AsyncCall(body: .batch(body, sources), arguments: arguments, context: field.resolveContext))
                        targets.append(AsyncTarget(field: field, slots: slots))
                    }
                }
            }
        }
        if calls.isEmpty { return }
        try checkDeadline()
        let outcomes = await AsyncCall.run(calls)
        for (target, outcome) in zip(targets, outcomes) {
            complete(outcome, target: target)
        }
    }

    private mutating func complete(_ outcome: AsyncCall.Outcome, target: AsyncTarget) {
        let field = target.field
        switch outcome {
        case .single(.success(let value)):
            let slot = target.slots[0]
            if hasNulled, tree.isUnderNull(slot) { return }
            complete(value, shape: field.shape, slot: slot, field: field)
        case .single(.failure(let error)):
            reportThrown(error, at: target.slots[0], field: field)
        case .batch(.success(let values)):
            guard values.count == target.slots.count else {
                let defect = BatchCountMismatch(coordinate: field.coordinate, expected: target.slots.count, found: values.count)
                for slot in target.slots { reportThrown(defect, at: slot, field: field) }
                return
            }
            for (slot, value) in zip(target.slots, values) {
                if hasNulled, tree.isUnderNull(slot) { continue }
                complete(value, shape: field.shape, slot: slot, field: field)
            }
        case .batch(.failure(let error)):
            for slot in target.slots { reportThrown(error, at: slot, field: field) }
        }
    }

    // MARK: Plans

    /// The plan of a selection group for an object type, collected on first use.
    mutating func planIndex(for group: SelectionGroup, typeName: String) -> Int32 {
        if let index = group.planIndex[typeName] { return index }
        guard case .object(let objectType)? = schema.type(named: typeName) else {
            preconditionFailure("plan requested for \(typeName), which is not an object type")
        }
        var fields: [PlannedField] = []
        for entry in collector.collect(group.selectionSets, objectType: typeName) {
            if let field = plannedField(entry, in: objectType) { fields.append(field) }
        }
        let plan = ObjectPlan(objectType: objectType, fields: fields)
        let index = tree.addObjectKeys(fields.map(\.responseKey))
        precondition(Int(index) == plans.count, "object keys and plans are indexed alike")
        plans.append(plan)
        group.planIndex[typeName] = index
        return index
    }

    private func plannedField(_ entry: FieldCollector.Group, in objectType: ObjectType) -> PlannedField? {
        let node = entry.nodes[0]
        let name = node.name.value
        let resolveContext = ResolveContext(request: context, parentType: objectType.name, fieldName: name, loaders: loaders)
        if name == "__typename" {
            return PlannedField(
                responseKey: entry.responseKey, nodes: entry.nodes, kind: .typeName, shape: OutputShape.nonNullString,
                arguments: .success(.none), resolveContext: resolveContext)
        }
        let definition = objectType.field(named: name)
            ?? (objectType.name == schema.queryType ? metaFields?.definition(named: name) : nil)
        // A field the type does not define is skipped, as graphql-js does; validation reports it.
        guard let definition, let shape = OutputShape.make(definition.type, schema: schema) else { return nil }
        let arguments = Result<Arguments, ArgumentCoercion.Failure> { () throws(ArgumentCoercion.Failure) in
            try ArgumentCoercion.coerce(node.arguments, definitions: definition.arguments, variables: variables, schema: schema, at: node.location)
        }
        return PlannedField(
            responseKey: entry.responseKey, nodes: entry.nodes, kind: .resolved(definition, definition.resolver), shape: shape,
            arguments: arguments, resolveContext: resolveContext)
    }

    // MARK: Next level

    /// Makes the slot an object of `typeName` and queues it for the next level.
    mutating func enqueueObject(_ source: any Sendable, typeName: String, slot: Int, field: PlannedField) {
        guard let group = field.children else {
            preconditionFailure("\(field.coordinate) completes objects but has no selection")
        }
        let plan: Int32
        if let last = field.lastChildPlan, last.typeName == typeName {
            plan = last.plan
        } else {
            plan = planIndex(for: group, typeName: typeName)
            field.lastChildPlan = (typeName, plan)
        }
        tree.makeObject(at: slot, keys: plan, childNonNull: plans[Int(plan)].childNonNull)
        let work = Work(slot: slot, source: source)
        if plan == lastPlan {
            nextBatches[lastBatch].items.append(work)
            return
        }
        let batchIndex: Int
        if let existing = nextBatchIndex[plan] {
            batchIndex = existing
            nextBatches[existing].items.append(work)
        } else {
            batchIndex = nextBatches.count
            nextBatchIndex[plan] = batchIndex
            nextBatches.append(Batch(plan: plan, items: [work]))
        }
        lastPlan = plan
        lastBatch = batchIndex
    }

    // MARK: Errors

    func sourceLocations(_ location: Location) -> [SourceLocation] {
        source.map { [$0.location(of: location)] } ?? []
    }

    /// Records a field error at `slot` and nulls it, propagating to the nearest nullable parent.
    mutating func report(
        _ message: String,
        code: ErrorCode?,
        extensions: [String: Value] = [:],
        at slot: Int,
        field: PlannedField,
        locations: [SourceLocation]? = nil
    ) {
        errors.append(GraphQLError(
            message, locations: locations ?? field.locations(in: source), path: tree.path(of: slot), code: code, extensions: extensions))
        tree.propagateNull(from: slot)
        hasNulled = true
    }

    /// Records what a resolver threw: a ``ResolverError`` or ``GraphQLError`` as it says, anything
    /// else as an internal error whose text never reaches the caller.
    mutating func reportThrown(_ error: any Error, at slot: Int, field: PlannedField) {
        if hasNulled, tree.isUnderNull(slot) { return }
        switch error {
        case let error as ResolverError:
            report(error.message, code: error.code, extensions: error.extensions, at: slot, field: field)
        case let error as GraphQLError:
            var located = error
            if located.locations.isEmpty { located.locations = field.locations(in: source) }
            if located.path == nil { located.path = tree.path(of: slot) }
            errors.append(located)
            tree.propagateNull(from: slot)
            hasNulled = true
        default:
            reportInternal(error, message: "Internal server error", at: slot, field: field)
        }
    }

    /// Records a defect (a resolver's unexpected error, a value of the wrong shape): the hook
    /// sees the real error and may add `extensions` such as a request id.
    mutating func reportInternal(_ error: any Error, message: String, at slot: Int, field: PlannedField) {
        let path = tree.path(of: slot)
        let extra = onInternalError?(InternalErrorReport(error: error, coordinate: field.coordinate, path: path, context: context)) ?? [:]
        errors.append(GraphQLError(message, locations: field.locations(in: source), path: path, code: .internalServerError, extensions: extra))
        tree.propagateNull(from: slot)
        hasNulled = true
    }
}

/// The fields of one level that resolve asynchronously, ready to run concurrently.
struct AsyncCall: Sendable {
    enum Body: Sendable {
        case single(FieldResolver.AsyncBody, any Sendable)
        case batch(FieldResolver.BatchBody, [any Sendable])
    }

    enum Outcome: Sendable {
        case single(Result<FieldValue, any Error>)
        case batch(Result<[FieldValue], any Error>)
    }

    let body: Body
    let arguments: Arguments
    let context: ResolveContext

    func run() async -> Outcome {
        switch body {
        case .single(let resolve, let source):
            do { return .single(.success(try await resolve(source, arguments, context))) } catch { return .single(.failure(error)) }
        case .batch(let resolve, let sources):
            do { return .batch(.success(try await resolve(sources, arguments, context))) } catch { return .batch(.failure(error)) }
        }
    }

    /// Runs the calls, one directly, several concurrently, and returns outcomes in call order.
    static func run(_ calls: [AsyncCall]) async -> [Outcome] {
        if calls.count == 1 { return [await calls[0].run()] }
        return await withTaskGroup(of: (Int, Outcome).self) { group in
            for (index, call) in calls.enumerated() {
                group.addTask { (index, await call.run()) }
            }
            var outcomes = [Outcome?](repeating: nil, count: calls.count)
            for await (index, outcome) in group { outcomes[index] = outcome }
            return outcomes.map { $0! }
        }
    }
}

/// Where the outcome of an ``AsyncCall`` goes.
struct AsyncTarget {
    let field: PlannedField
    let slots: [Int]
}

/// A batch resolver returned a different number of values than it was given parents.
struct BatchCountMismatch: Error, CustomStringConvertible {
    let coordinate: String
    let expected: Int
    let found: Int

    var description: String {
        "batch resolver of \(coordinate) returned \(found) values for \(expected) parents"
    }
}
