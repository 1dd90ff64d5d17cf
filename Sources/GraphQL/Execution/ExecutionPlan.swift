/// The selection sets under one response key: what CollectSubfields merges for the children of
/// a field. Its plan per runtime type is made on first use and shared by every object of that
/// type at that place in the response, so fields are collected once, not once per object.
///
/// Immutable, like every piece of a plan, so that plans can be shared by concurrent requests
/// (see ``OperationPlan``).
final class SelectionGroup: Sendable {
    /// Unique within the ``OperationPlan`` lineage the group belongs to.
    let id: Int
    let selectionSets: [SelectionSet]

    init(id: Int, selectionSets: [SelectionSet]) {
        self.id = id
        self.selectionSets = selectionSets
    }
}

/// The collected fields of a selection group for one object type, in response order, with
/// everything resolving them needs, and the JSON text of their keys ready to copy.
final class ObjectPlan: Sendable {
    let objectType: ObjectType
    let fields: [PlannedField]
    /// `__typename`'s value for objects of this plan.
    let typeNameValue: Value
    /// Whether each field's position is non-null, in field order: what an object's slots need.
    let childNonNull: [Bool]
    /// The response keys, in order.
    let keys: [String]
    /// Where one key's JSON text lies in ``keyText``.
    struct KeySpan: Sendable {
        var start: Int32
        var count: Int32
    }

    /// The keys as JSON (`"a":` then `,"b":` …) and where each lies in that text: what writing an
    /// object of this plan copies, straight from here.
    let keyText: [UInt8]
    let keySpans: [KeySpan]

    init(objectType: ObjectType, fields: [PlannedField]) {
        self.objectType = objectType
        self.fields = fields
        self.typeNameValue = .string(objectType.name)
        self.childNonNull = fields.map(\.shape.isNonNull)
        self.keys = fields.map(\.responseKey)
        var writer = JSONWriter(capacity: 16 * fields.count)
        var spans: [KeySpan] = []
        spans.reserveCapacity(fields.count)
        for (offset, key) in keys.enumerated() {
            let start = writer.bytes.count
            if offset > 0 { writer.writeByte(UInt8(ascii: ",")) }
            writer.writeString(key)
            writer.writeByte(UInt8(ascii: ":"))
            spans.append(KeySpan(start: Int32(start), count: Int32(writer.bytes.count - start)))
        }
        self.keyText = writer.bytes
        self.keySpans = spans
    }
}

/// One response key of an object plan.
final class PlannedField: Sendable {
    /// A plain tag: what resolving needs is in stored properties, so that switching on the kind
    /// copies nothing (a ``FieldDefinition`` payload would be copied, with a dozen retains and
    /// releases, for every field of every request).
    enum Kind: Sendable {
        case typeName
        case resolved
    }

    /// Where a field's arguments come from: coerced once when the plan was made, when no
    /// variable appears in them, else coerced by each request with its own variables.
    enum ArgumentSource: Sendable {
        case fixed(Result<Arguments, ArgumentCoercion.Failure>)
        case perRequest
    }

    /// The field's parent type, name and response key, as its resolver's context shows them.
    let position: ResolveContext.Position
    var responseKey: String { position.responseKey }
    var fieldName: String { position.fieldName }
    /// The object type the field is resolved on.
    var parentType: String { position.parentType }
    /// Every field node merged under the key, first one first: errors cite all of them.
    let nodes: [Field]
    let kind: Kind
    /// The field's resolver, nil for the default resolver (and for `__typename`).
    let resolver: FieldResolver.Body?
    /// Who may read the field, from its definition.
    let permission: FieldPermission?
    /// The definition's arguments, for coercing arguments that hold variables.
    let argumentDefinitions: [InputValueDefinition]
    let shape: OutputShape
    let arguments: ArgumentSource
    /// The merged sub-selections, for composite fields.
    let children: SelectionGroup?

    init(
        responseKey: String,
        parentType: String,
        nodes: [Field],
        definition: FieldDefinition?,
        shape: OutputShape,
        arguments: ArgumentSource,
        children: SelectionGroup?
    ) {
        self.position = ResolveContext.Position(parentType: parentType, fieldName: nodes[0].name.value, responseKey: responseKey)
        self.nodes = nodes
        self.kind = definition == nil ? .typeName : .resolved
        self.resolver = definition?.resolver?.body
        self.permission = definition?.permission
        self.argumentDefinitions = definition?.arguments ?? []
        self.shape = shape
        self.arguments = arguments
        self.children = children
    }

    /// `Type.field`, for messages.
    var coordinate: String { "\(parentType).\(fieldName)" }

    /// The source locations of the field's nodes, for an error.
    func locations(in source: Source?) -> [SourceLocation] {
        source.map { source in nodes.map { source.location(of: $0.location) } } ?? []
    }
}
