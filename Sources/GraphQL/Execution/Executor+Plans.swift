/// Plans: the fields of each (selection, runtime type) collected once, taken from the shared
/// ``OperationPlan`` when an earlier request made them, and the objects queued for the next level
/// with the plan they will run.
extension Executor {
    /// The index (into the tree's ``ResultTree/plans``) of the plan of a selection group for an
    /// object type, made on first use. A request that reuses a complete ``OperationPlan`` finds
    /// every plan in the table it started from.
    mutating func planIndex(for group: SelectionGroup, typeName: String) -> Int32 {
        if let index = groupPlans[group.id].plan(for: typeName) { return index }
        let index = tree.addPlan(makePlan(for: group, typeName: typeName))
        groupPlans[group.id].add(typeName, plan: index)
        madePlans = true
        return index
    }

    /// CollectFields for one group and type, with each field's definition, output shape and
    /// (when they hold no variable) arguments resolved once.
    private mutating func makePlan(for group: SelectionGroup, typeName: String) -> ObjectPlan {
        guard case .object(let objectType)? = schema.type(named: typeName) else {
            preconditionFailure("plan requested for \(typeName), which is not an object type")
        }
        var fields: [PlannedField] = []
        let typeShapes = shapes?.fields(of: typeName)
        let collector = FieldCollector(schema: schema, fragments: fragments, variables: variables)
        for entry in collector.collect(group.selectionSets, objectType: typeName) {
            if let field = plannedField(entry, in: objectType, shapes: typeShapes) { fields.append(field) }
        }
        return ObjectPlan(objectType: objectType, fields: fields)
    }

    private mutating func plannedField(_ entry: FieldCollector.Group, in objectType: ObjectType, shapes: [String: OutputShape]?) -> PlannedField? {
        let node = entry.nodes[0]
        let name = node.name.value
        let definition: FieldDefinition?
        let shape: OutputShape
        let arguments: PlannedField.ArgumentSource
        if name == "__typename" {
            definition = nil
            shape = OutputShape.nonNullString
            arguments = .fixed(.success(.none))
        } else {
            let found = objectType.field(named: name)
                ?? (objectType.name == schema.queryType ? metaFields?.definition(named: name) : nil)
            // A field the type does not define is skipped, as graphql-js does; validation reports it.
            guard let found, let compiled = shapes?[name] ?? OutputShape.make(found.type, schema: schema) else { return nil }
            definition = found
            shape = compiled
            if node.arguments.contains(where: { LiteralCoercion.holdsVariable($0.value) }) {
                arguments = .perRequest
            } else {
                let schema = self.schema
                arguments = .fixed(Result { () throws(ArgumentCoercion.Failure) in
                    try ArgumentCoercion.coerce(node.arguments, definitions: found.arguments, variables: OrderedObject(), schema: schema, at: node.location)
                })
            }
        }
        var children: SelectionGroup?
        if shape.isComposite {
            children = SelectionGroup(id: groupPlans.count, selectionSets: entry.nodes.compactMap(\.selectionSet))
            groupPlans.append(GroupPlans())
        }
        return PlannedField(
            responseKey: entry.responseKey, parentType: objectType.name, nodes: entry.nodes, definition: definition,
            shape: shape, arguments: arguments, children: children)
    }

    /// The field's arguments for this request. Not kept: a plan runs in one batch of one level,
    /// so each of its fields is resolved once per request.
    func arguments(of field: PlannedField) -> Result<Arguments, ArgumentCoercion.Failure> {
        switch field.arguments {
        case .fixed(let arguments):
            return arguments
        case .perRequest:
            let node = field.nodes[0]
            let schema = self.schema
            let variables = self.variables
            return Result { () throws(ArgumentCoercion.Failure) in
                try ArgumentCoercion.coerce(node.arguments, definitions: field.argumentDefinitions, variables: variables, schema: schema, at: node.location)
            }
        }
    }

    /// The plans this request can hand to the next one running the same operation, when it made
    /// any: the ones it started from and its own. Asked before ``takeResponse()`` moves the tree.
    var planForReuse: OperationPlan? {
        guard madePlans else { return nil }
        return OperationPlan(rootGroup: rootGroup, objectPlans: tree.plans, groupPlans: groupPlans)
    }

    /// Makes the slot an object of `typeName` and queues it for the next level.
    mutating func enqueueObject(_ source: consuming ObjectSource, typeName: String, slot: Int, field: PlannedField) {
        guard let group = field.children else {
            preconditionFailure("\(field.coordinate) completes objects but has no selection")
        }
        let plan = planIndex(for: group, typeName: typeName)
        let firstChild = tree.slots.count
        tree.makeObject(at: slot, plan: plan)
        let batchIndex = plan == lastPlan ? lastBatch : nextBatch(for: plan)
        nextBatches[batchIndex].append(object: slot, firstChild: firstChild, source: source)
        lastPlan = plan
        lastBatch = batchIndex
    }

    /// The next level's batch for `plan`, made on first use.
    ///
    /// A level holds a few batches, one per object field of the level above, so they are
    /// scanned; the index by plan is built only past ``Executor/scannedBatches`` (a dictionary's
    /// first insertion allocated and hashed for every request).
    private mutating func nextBatch(for plan: Int32) -> Int {
        if nextBatches.count <= Self.scannedBatches {
            for index in nextBatches.indices where nextBatches[index].plan == plan { return index }
        } else {
            if nextBatchIndex.isEmpty {
                for index in nextBatches.indices { nextBatchIndex[nextBatches[index].plan] = index }
            }
            if let index = nextBatchIndex[plan] { return index }
        }
        let index = nextBatches.count
        nextBatches.append(Batch(plan: plan))
        if !nextBatchIndex.isEmpty { nextBatchIndex[plan] = index }
        return index
    }
}
