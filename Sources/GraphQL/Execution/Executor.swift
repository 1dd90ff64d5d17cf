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
    /// What resolvers add to the response's top-level `extensions`.
    let responseExtensions = ResponseExtensions()
    let deadline: ContinuousClock.Instant?
    let deadlineDuration: Duration?
    let onInternalError: InternalErrorHandler?
    /// For collecting fields when a plan is missing (made then, so that a request whose plans
    /// are all cached never copies the schema into a collector).
    let fragments: [String: FragmentDefinition]
    let metaFields: MetaFields?
    let shapes: OutputShapes?

    /// The response being built, with the object plans its objects follow (those of the cached
    /// ``OperationPlan`` it started from, then any this request made).
    var tree: ResultTree
    let rootGroup: SelectionGroup
    /// Where each selection group's plans are in the tree's plans, by the group's id.
    var groupPlans: [GroupPlans]
    /// Whether this request made plans the cached ones lacked (``planForReuse``).
    var madePlans = false
    var errors: [GraphQLError] = []
    /// Set once any slot was nulled; until then no liveness checks are needed.
    var hasNulled = false
    /// Set when the deadline stopped the operation: the response then has no `data`.
    var ranPastDeadline = false
    /// The objects completed at this level, grouped by plan, for the next level.
    var nextBatches: [Batch] = []
    /// Where each plan's batch is in ``nextBatches``, once a level has more than
    /// ``scannedBatches`` of them.
    var nextBatchIndex: [Int32: Int] = [:]
    static let scannedBatches = 8
    var lastPlan: Int32 = -1
    var lastBatch = -1

    /// The objects of one level that share a plan, as two parallel arrays: where each object is
    /// (its slot and the slot of its first field), and its source value. Sources are kept apart
    /// so that they are handed to resolvers straight from their array, without copying an
    /// existential per call; the two slots share one array, one allocation per batch fewer.
    struct Batch {
        /// Where an object of the batch lies in the ``ResultTree``.
        struct Position {
            var object: Int
            var firstChild: Int
        }

        var plan: Int32
        var positions: [Position] = []
        var sources: [any Sendable] = []
        /// The plan's fields to run: all of them, or one mutation root field at a time.
        var fields: Range<Int>? = nil

        init(plan: Int32, fields: Range<Int>? = nil) {
            self.plan = plan
            self.fields = fields
        }

        mutating func append(object: Int, firstChild: Int, source: consuming ObjectSource) {
            positions.append(Position(object: object, firstChild: firstChild))
            sources.append(source.value)
        }

        /// The batch without the objects for which `isDead` holds.
        func filtered(_ isDead: (Int) -> Bool) -> Batch {
            var kept = Batch(plan: plan, fields: fields)
            for index in positions.indices where !isDead(positions[index].object) {
                kept.append(object: positions[index].object, firstChild: positions[index].firstChild, source: ObjectSource(sources[index]))
            }
            return kept
        }
    }

    /// The request ran past ``ExecutionLimits/deadline``.
    struct DeadlineExceeded: Error {}

    init(
        schema: Schema,
        source: Source?,
        operation: OperationDefinition,
        plan: OperationPlan?,
        fragments: [String: FragmentDefinition],
        variables: OrderedObject,
        context: any RequestContext,
        deadline: Duration?,
        onInternalError: InternalErrorHandler?,
        metaFields: MetaFields?,
        shapes: OutputShapes?
    ) {
        self.metaFields = metaFields
        self.shapes = shapes
        if let plan {
            rootGroup = plan.rootGroup
            groupPlans = plan.groupPlans
            tree = ResultTree(plans: plan.objectPlans)
        } else {
            rootGroup = SelectionGroup(id: 0, selectionSets: [operation.selectionSet])
            groupPlans = [GroupPlans()]
            tree = ResultTree(plans: [])
        }
        self.schema = schema
        self.source = source
        self.variables = variables
        self.context = context
        self.deadlineDuration = deadline
        self.deadline = deadline.map { ContinuousClock.now.advanced(by: $0) }
        self.onInternalError = onInternalError
        self.fragments = fragments
    }

    /// ExecuteOperation: runs the operation's selection set on its root type; ``takeResponse()``
    /// then gives the response.
    ///
    /// The response is taken by a second, synchronous call: returning it from this async
    /// function cost every request one more allocation (30.4 against 29.4 per W1 request).
    mutating func run(_ operation: OperationDefinition, rootType: String, rootValue: any Sendable) async {
        let rootPlan = planIndex(for: rootGroup, typeName: rootType)
        tree.makeObject(at: 0, plan: rootPlan)
        guard case .object(let rootFirst, _) = tree.slots[0].node else { preconditionFailure("the root is an object") }
        func rootBatch(_ fields: Range<Int>?) -> Batch {
            var batch = Batch(plan: rootPlan, fields: fields)
            batch.append(object: 0, firstChild: Int(rootFirst), source: ObjectSource(rootValue))
            return batch
        }
        do {
            if operation.operation == .mutation {
                for field in tree.plans[Int(rootPlan)].fields.indices {
                    try await drain([rootBatch(field..<field + 1)])
                }
            } else {
                try await drain([rootBatch(nil)])
            }
        } catch {
            let limit = deadlineDuration.map { "\($0)" } ?? "its deadline"
            errors.append(GraphQLError("The request ran past the deadline of \(limit) and was stopped.", code: .queryTooComplex))
            ranPastDeadline = true
        }
    }

    /// The response of the operation ``run(_:rootType:rootValue:)`` ran, with the tree moved out
    /// of the executor rather than copied (a copy retained and released each of its buffers); no
    /// `data` when the deadline stopped it.
    mutating func takeResponse() -> GraphQLResponse {
        if ranPastDeadline {
            return GraphQLResponse(errors: errors, isRequestError: false, tree: nil, extensions: responseExtensions.object)
        }
        var finished = ResultTree.spent
        swap(&finished, &tree)
        return GraphQLResponse(errors: errors, isRequestError: false, tree: consume finished, extensions: responseExtensions.object)
    }

    /// Runs levels until no object is left to resolve. Inlined, as ``execute(_:)`` is: one async
    /// frame per request instead of three, each a `malloc` in a request's new task.
    @inline(__always)
    private mutating func drain(_ start: [Batch]) async throws(DeadlineExceeded) {
        var current = start
        while !current.isEmpty {
            try checkDeadline()
            nextBatches = []
            nextBatchIndex.removeAll(keepingCapacity: true)
            lastPlan = -1
            for batch in current {
                try await execute(batch)
            }
            current = nextBatches
        }
    }

    /// Written `deadline < now` on purpose: `>` is the protocol's generic default, which copied
    /// both instants through a thunk on every check.
    func checkDeadline() throws(DeadlineExceeded) {
        if let deadline, deadline < ContinuousClock.now { throw DeadlineExceeded() }
    }

    // MARK: One plan at one level

    @inline(__always)
    private mutating func execute(_ batch: Batch) async throws(DeadlineExceeded) {
        let batch = hasNulled ? batch.filtered { tree.isUnderNull($0) } : batch
        if batch.positions.isEmpty { return }
        var calls: [AsyncCall] = []
        var targets: [AsyncTarget] = []
        resolveInline(batch, deferring: &calls, to: &targets)
        if calls.isEmpty { return }
        try checkDeadline()
        let outcomes = await AsyncCall.run(calls)
        for (target, outcome) in zip(targets, outcomes) {
            complete(outcome, target: target)
        }
    }

    /// Resolves the batch's fields that need no waiting (`__typename`, synchronous and default
    /// resolvers) and lists the asynchronous and batch calls for the caller to await.
    ///
    /// Synchronous on purpose: in an async function every value live across the loop is kept in
    /// the task's frame and retained and released around each use, which made the loop below
    /// the executor's largest cost in reference counting.
    private mutating func resolveInline(_ batch: borrowing Batch, deferring calls: inout [AsyncCall], to targets: inout [AsyncTarget]) {
        let plan = tree.plans[Int(batch.plan)]
        let positions = batch.positions
        // One context for the batch, its field's position set per field: building it afresh per
        // field retained and released the request's shared objects each time.
        var resolveContext = ResolveContext(
            request: context, position: .unplaced, loaders: loaders, responseExtensions: responseExtensions)
        for fieldIndex in batch.fields ?? plan.fields.indices {
            let field = plan.fields[fieldIndex]
            switch field.kind {
            case .typeName:
                for position in positions { tree.setLeaf(position.firstChild + fieldIndex, plan.typeNameValue) }
            case .resolved:
                let arguments: Arguments
                switch self.arguments(of: field) {
                case .success(let coerced):
                    arguments = coerced
                case .failure(let failure):
                    for position in positions {
                        report(failure.message, code: .badUserInput, at: position.firstChild + fieldIndex, field: field, locations: sourceLocations(failure.location))
                    }
                    continue
                }
                resolveContext.position = field.position
                var allowed: [Bool]? = nil
                if let permission = field.permission {
                    allowed = batch.sources.map { context.mayRead(permission, source: $0) }
                    for index in positions.indices where allowed?[index] == false {
                        report("Not authorized to read \(field.coordinate).", code: .forbidden, at: positions[index].firstChild + fieldIndex, field: field)
                    }
                }
                switch field.resolver {
                case .sync(let body)?:
                    for index in positions.indices where allowed?[index] ?? true {
                        let slot = positions[index].firstChild + fieldIndex
                        if hasNulled, tree.isUnderNull(slot) { continue }
                        do {
                            complete(try body(batch.sources[index], arguments, resolveContext), shape: field.shape, slot: slot, field: field)
                        } catch {
                            reportThrown(error, at: slot, field: field)
                        }
                    }
                case nil:
                    for index in positions.indices where allowed?[index] ?? true {
                        let slot = positions[index].firstChild + fieldIndex
                        if hasNulled, tree.isUnderNull(slot) { continue }
                        complete(DefaultResolver.resolve(batch.sources[index], fieldName: field.fieldName), shape: field.shape, slot: slot, field: field)
                    }
                case .async(let body)?:
                    for index in positions.indices where allowed?[index] ?? true {
                        calls.append(AsyncCall(body: .single(body, batch.sources[index]), arguments: arguments, context: resolveContext))
                        targets.append(AsyncTarget(field: field, slots: [positions[index].firstChild + fieldIndex]))
                    }
                case .batch(let body)?:
                    var sources: [any Sendable]
                    var slots: [Int] = []
                    if let allowed {
                        sources = []
                        for index in positions.indices where allowed[index] {
                            sources.append(batch.sources[index])
                            slots.append(positions[index].firstChild + fieldIndex)
                        }
                    } else {
                        sources = batch.sources
                        slots = positions.map { $0.firstChild + fieldIndex }
                    }
                    if !sources.isEmpty {
                        calls.append(AsyncCall(body: .batch(body, sources), arguments: arguments, context: resolveContext))
                        targets.append(AsyncTarget(field: field, slots: slots))
                    }
                }
            }
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
}
