/// The selection sets under one response key: what CollectSubfields merges for the children of
/// a field. Its plans per runtime type are made on first use and shared by every object of that
/// type at that place in the response, so fields are collected once per request, not once per
/// object.
final class SelectionGroup {
    let selectionSets: [SelectionSet]
    /// Index into the executor's plans, per runtime object type name.
    var planIndex: [String: Int32] = [:]

    init(selectionSets: [SelectionSet]) {
        self.selectionSets = selectionSets
    }
}

/// The collected fields of a selection group for one object type, in response order, with
/// everything resolving them needs: the field definition, coerced arguments, compiled output type.
final class ObjectPlan {
    let objectType: ObjectType
    let fields: [PlannedField]
    /// `__typename`'s value for objects of this plan.
    let typeNameValue: Value
    /// Whether each field's position is non-null, in field order: what an object's slots need.
    let childNonNull: [Bool]

    init(objectType: ObjectType, fields: [PlannedField]) {
        self.objectType = objectType
        self.fields = fields
        self.typeNameValue = .string(objectType.name)
        self.childNonNull = fields.map(\.shape.isNonNull)
    }
}

/// One response key of an object plan.
final class PlannedField {
    enum Kind {
        case typeName
        case resolved(FieldDefinition, FieldResolver?)
    }

    let responseKey: String
    let fieldName: String
    /// Every field node merged under the key, first one first: errors cite all of them.
    let nodes: [Field]
    let kind: Kind
    let shape: OutputShape
    /// The arguments coerced once for the request, since variables do not change during it.
    let arguments: Result<Arguments, ArgumentCoercion.Failure>
    /// The merged sub-selections, for composite fields.
    let children: SelectionGroup?
    /// The context handed to the resolver; the same for every parent.
    let resolveContext: ResolveContext
    /// `Type.field` of the runtime object type, for messages (made only when one is needed).
    var coordinate: String { resolveContext.coordinate }
    /// The plan of the last runtime type this field's objects had: most fields always return
    /// the same type, so this spares a dictionary look-up per object.
    var lastChildPlan: (typeName: String, plan: Int32)?
    private var cachedLocations: [SourceLocation]?

    init(
        responseKey: String,
        nodes: [Field],
        kind: Kind,
        shape: OutputShape,
        arguments: Result<Arguments, ArgumentCoercion.Failure>,
        resolveContext: ResolveContext
    ) {
        self.responseKey = responseKey
        self.fieldName = nodes[0].name.value
        self.nodes = nodes
        self.kind = kind
        self.shape = shape
        self.arguments = arguments
        self.resolveContext = resolveContext
        if shape.isComposite {
            children = SelectionGroup(selectionSets: nodes.compactMap(\.selectionSet))
        } else {
            children = nil
        }
    }

    /// The source locations of the field's nodes, computed on the first error only.
    func locations(in source: Source?) -> [SourceLocation] {
        if let cachedLocations { return cachedLocations }
        let locations = source.map { source in nodes.map { source.location(of: $0.location) } } ?? []
        cachedLocations = locations
        return locations
    }
}
