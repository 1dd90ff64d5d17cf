/// CompleteValue: a resolver's value checked against the field's type and put in its slot.
///
/// Leaves are serialized now; lists get one slot per item; objects get their slots and join the
/// next level's work. A null in a non-null position, or any value that the type cannot hold, is
/// a field error that propagates.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#CompleteValue()
extension Executor {
    mutating func complete(_ value: consuming FieldValue, shape: OutputShape, slot: Int, field: PlannedField) {
        switch consume value {
        case .null:
            completeNull(shape: shape, slot: slot, field: field)
        case .leaf(let leaf):
            completeLeaf(leaf, shape: shape, slot: slot, field: field)
        case .object(let source, let typeName):
            switch shape.kind {
            case .object:
                enqueueObject(ObjectSource(source), typeName: shape.namedType, slot: slot, field: field)
            case .abstract:
                completeAbstract(source, typeName: typeName, shape: shape, slot: slot, field: field)
            case .list:
                notIterable(at: slot, field: field)
            case .scalar, .enumeration:
                wrongShape("an object", shape: shape, slot: slot, field: field)
            }
        case .list(let items):
            guard shape.kind == .list, let itemShape = shape.item else {
                return wrongShape("a list", shape: shape, slot: slot, field: field)
            }
            let first = tree.makeList(at: slot, count: items.count, itemNonNull: itemShape.isNonNull)
            var child = first
            for item in items {
                complete(item, shape: itemShape, slot: child, field: field)
                child += 1
            }
        }
    }

    private mutating func completeNull(shape: OutputShape, slot: Int, field: PlannedField) {
        if shape.isNonNull {
            let message = "Cannot return null for non-nullable field \(field.coordinate)."
            reportInternal(CompletionDefect(message), message: message, at: slot, field: field)
        } else {
            tree.slots[slot].node = .null
        }
    }

    private mutating func wrongShape(_ found: String, shape: OutputShape, slot: Int, field: PlannedField) {
        let message = "Expected a value of type \"\(shape.namedType)\" for field \"\(field.coordinate)\", but received \(found)."
        reportInternal(CompletionDefect(message), message: message, at: slot, field: field)
    }

    /// A `.leaf` value: serialized for scalars and enums; for lists and objects, a JSON-like value
    /// (as the default resolver reads them) taken apart.
    private mutating func completeLeaf(_ leaf: Value, shape: OutputShape, slot: Int, field: PlannedField) {
        if case .null = leaf { return completeNull(shape: shape, slot: slot, field: field) }
        switch shape.kind {
        case .scalar:
            serialize(leaf, shape: shape, slot: slot, field: field)
        case .enumeration:
            if case .string(let name) = leaf, shape.enumeration?.hasValue(name) == true {
                tree.setLeaf(slot, leaf)
            } else {
                let message = "Enum \"\(shape.namedType)\" cannot represent value: \(leaf.inspected)"
                reportInternal(CompletionDefect(message), message: message, at: slot, field: field)
            }
        case .list:
            guard case .list(let items) = leaf, let itemShape = shape.item else { return notIterable(at: slot, field: field) }
            let first = tree.makeList(at: slot, count: items.count, itemNonNull: itemShape.isNonNull)
            for (offset, item) in items.enumerated() {
                completeLeaf(item, shape: itemShape, slot: first + offset, field: field)
            }
        case .object:
            enqueueObject(ObjectSource(leaf), typeName: shape.namedType, slot: slot, field: field)
        case .abstract:
            completeAbstract(leaf, typeName: nil, shape: shape, slot: slot, field: field)
        }
    }

    /// Result coercion, with a direct path for the values built-in scalars normally get.
    private mutating func serialize(_ leaf: Value, shape: OutputShape, slot: Int, field: PlannedField) {
        let direct: Bool
        switch leaf {
        case .string: direct = shape.scalarKind == .string || shape.scalarKind == .id
        case .bool: direct = shape.scalarKind == .boolean
        case .int(let number): direct = shape.scalarKind == .int && Int32(exactly: number) != nil
        case .float(let number): direct = shape.scalarKind == .float && number.isFinite
        default: direct = false
        }
        if direct {
            tree.setLeaf(slot, leaf)
            return
        }
        let serialized: Value
        do {
            switch shape.scalarKind {
            case .string: serialized = try StringCoercion.serialize(leaf)
            case .id: serialized = try IDCoercion.serialize(leaf)
            case .boolean: serialized = try BooleanCoercion.serialize(leaf)
            case .int: serialized = try IntCoercion.serialize(leaf)
            case .float: serialized = try FloatCoercion.serialize(leaf)
            case .custom:
                guard let coercion = shape.coercion else { preconditionFailure("a custom scalar shape without its coercion") }
                serialized = try coercion.serialize(leaf)
            }
        } catch {
            return reportInternal(CompletionDefect(error.message), message: error.message, at: slot, field: field)
        }
        if case .null = serialized { return completeNull(shape: shape, slot: slot, field: field) }
        tree.setLeaf(slot, serialized)
    }

    private mutating func notIterable(at slot: Int, field: PlannedField) {
        let message = "Expected Iterable, but did not find one for field \"\(field.coordinate)\"."
        reportInternal(CompletionDefect(message), message: message, at: slot, field: field)
    }

    /// ResolveAbstractType: the object type named by the resolver, else by the abstract type's
    /// ``TypeResolver``, checked to be a possible type here.
    private mutating func completeAbstract(_ source: any Sendable, typeName: String?, shape: OutputShape, slot: Int, field: PlannedField) {
        let abstractType = shape.namedType
        guard let runtimeType = typeName ?? shape.resolveType?.resolve(source) else {
            let message = "Abstract type \"\(abstractType)\" must resolve to an Object type at runtime for field \"\(field.coordinate)\". "
                + "Either the resolver should name the type with FieldValue.object(_:typeName:) or \"\(abstractType)\" should have a TypeResolver."
            return reportInternal(CompletionDefect(message), message: message, at: slot, field: field)
        }
        switch schema.type(named: runtimeType) {
        case .object?:
            break
        case nil:
            let message = "Abstract type \"\(abstractType)\" was resolved to a type \"\(runtimeType)\" that does not exist inside the schema."
            return reportInternal(CompletionDefect(message), message: message, at: slot, field: field)
        default:
            let message = "Abstract type \"\(abstractType)\" was resolved to a non-object type \"\(runtimeType)\"."
            return reportInternal(CompletionDefect(message), message: message, at: slot, field: field)
        }
        guard schema.isPossibleType(runtimeType, of: abstractType) else {
            let message = "Runtime Object type \"\(runtimeType)\" is not a possible type for \"\(abstractType)\"."
            return reportInternal(CompletionDefect(message), message: message, at: slot, field: field)
        }
        enqueueObject(ObjectSource(source), typeName: runtimeType, slot: slot, field: field)
    }
}

/// A resolved value that its field's type cannot hold: a defect in the resolver or the schema,
/// reported to the internal-error hook with this description.
struct CompletionDefect: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
