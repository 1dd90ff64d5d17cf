/// Plans: the fields of each (selection, runtime type) collected once, taken from the shared
/// ``OperationPlan`` when an earlier request made them, and the objects queued for the next level
/// with the plan they will run.
extension Executor {
    /// The local index (into ``plans`` and the tree's key runs) of the plan of a selection group
    /// for an object type, made on first use.
    mutating func planIndex(for group: SelectionGroup, typeName: String) -> Int32 {
        if let local = groupPlans[group.id].plan(for: typeName) { return local }
        let key = OperationPlan.Key(group: group.id, typeName: typeName)
        let plan: ObjectPlan
        if let shared = basePlan?.plans[key] ?? addedPlans[key] {
            plan = shared
        } else {
            plan = makePlan(for: group, typeName: typeName)
            addedPlans[key] = plan
        }
        let index = tree.addObjectKeys(of: plan)
        precondition(Int(index) == plans.count, "object keys and plans are indexed alike")
        plans.append(plan)
        groupPlans[group.id].add(typeName, plan: index)
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
            children = SelectionGroup(id: nextGroupID, selectionSets: entry.nodes.compactMap(\.selectionSet))
            nextGroupID += 1
            groupPlans.append(GroupPlans())
        }
        let field = PlannedField(
            id: nextFieldID, responseKey: entry.responseKey, parentType: objectType.name, nodes: entry.nodes, definition: definition,
            shape: shape, arguments: arguments, children: children)
        nextFieldID += 1
        fieldStates.append(FieldState())
        return field
    }

    /// The field's arguments for this request.
    mutating func arguments(of field: PlannedField) -> Result<Arguments, ArgumentCoercion.Failure> {
        switch field.arguments {
        case .fixed(let arguments):
            return arguments
        case .perRequest:
            if let known = fieldStates[field.id].arguments { return known }
            let node = field.nodes[0]
            let schema = self.schema
            let variables = self.variables
            let coerced = Result { () throws(ArgumentCoercion.Failure) in
                try ArgumentCoercion.coerce(node.arguments, definitions: field.argumentDefinitions, variables: variables, schema: schema, at: node.location)
            }
            fieldStates[field.id].arguments = coerced
            return coerced
        }
    }

    /// The plans this request can hand to the next one running the same operation: the shared
    /// ones and those it made; nil when it made none.
    var planForReuse: OperationPlan? {
        guard basePlan == nil || !addedPlans.isEmpty else { return nil }
        var all = basePlan?.plans ?? [:]
        for (key, plan) in addedPlans { all[key] = plan }
        return OperationPlan(rootGroup: rootGroup, plans: all, nextGroupID: nextGroupID, nextFieldID: nextFieldID)
    }

    /// Makes the slot an object of `typeName` and queues it for the next level.
    mutating func enqueueObject(_ source: consuming ObjectSource, typeName: String, slot: Int, field: PlannedField) {
        guard let group = field.children else {
            preconditionFailure("\(field.coordinate) completes objects but has no selection")
        }
        let plan: Int32
        if fieldStates[field.id].lastChildType == typeName {
            plan = fieldStates[field.id].lastChildPlan
        } else {
            plan = planIndex(for: group, typeName: typeName)
            fieldStates[field.id].lastChildType = typeName
            fieldStates[field.id].lastChildPlan = plan
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
