/// Plans: the fields of each (selection, runtime type) collected once per request, and the
/// objects queued for the next level with the plan they will run.
extension Executor {
    /// The plan of a selection group for an object type, collected on first use.
    mutating func planIndex(for group: SelectionGroup, typeName: String) -> Int32 {
        if let index = group.planIndex[typeName] { return index }
        guard case .object(let objectType)? = schema.type(named: typeName) else {
            preconditionFailure("plan requested for \(typeName), which is not an object type")
        }
        var fields: [PlannedField] = []
        let typeShapes = shapes?.fields(of: typeName)
        for entry in collector.collect(group.selectionSets, objectType: typeName) {
            if let field = plannedField(entry, in: objectType, shapes: typeShapes) { fields.append(field) }
        }
        let plan = ObjectPlan(objectType: objectType, fields: fields)
        let index = tree.addObjectKeys(fields.map(\.responseKey))
        precondition(Int(index) == plans.count, "object keys and plans are indexed alike")
        plans.append(plan)
        group.planIndex[typeName] = index
        return index
    }

    private func plannedField(_ entry: FieldCollector.Group, in objectType: ObjectType, shapes: [String: OutputShape]?) -> PlannedField? {
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
        guard let definition, let shape = shapes?[name] ?? OutputShape.make(definition.type, schema: schema) else { return nil }
        let arguments = Result<Arguments, ArgumentCoercion.Failure> { () throws(ArgumentCoercion.Failure) in
            try ArgumentCoercion.coerce(node.arguments, definitions: definition.arguments, variables: variables, schema: schema, at: node.location)
        }
        return PlannedField(
            responseKey: entry.responseKey, nodes: entry.nodes, kind: .resolved(definition, definition.resolver), shape: shape,
            arguments: arguments, resolveContext: resolveContext)
    }

    /// Makes the slot an object of `typeName` and queues it for the next level.
    mutating func enqueueObject(_ source: consuming ObjectSource, typeName: String, slot: Int, field: PlannedField) {
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
        let firstChild = tree.slots.count
        tree.makeObject(at: slot, keys: plan, childNonNull: plans[Int(plan)].childNonNull)
        let batchIndex: Int
        if plan == lastPlan {
            batchIndex = lastBatch
        } else if let existing = nextBatchIndex[plan] {
            batchIndex = existing
        } else {
            batchIndex = nextBatches.count
            nextBatchIndex[plan] = batchIndex
            nextBatches.append(Batch(plan: plan))
        }
        nextBatches[batchIndex].append(object: slot, firstChild: firstChild, source: source)
        lastPlan = plan
        lastBatch = batchIndex
    }
}
