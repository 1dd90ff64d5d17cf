/// CompleteValue: a resolver's value checked against the field's type and put in its slot.
///
/// Leaves are serialized now; lists get one slot per item; objects get their slots and join the
/// next level's work. A null in a non-null position, or any value that the type cannot hold, is
/// a field error that propagates.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#CompleteValue()
extension Executor {
    func complete(_ value: FieldValue, shape: OutputShape, slot: Int, field: PlannedField) {
        switch value {
        case .null:
            completeNull(shape: shape, slot: slot, field: field)
        case .leaf(let leaf):
            completeLeaf(leaf, shape: shape, slot: slot, field: field)
        case .object(let source, let typeName):
            switch shape.kind {
            case .object(let name):
                enqueueObject(source, typeName: name, slot: slot, field: field)
            case .abstract(let name, let resolveType):
                completeAbstract(source, typeName: typeName, abstractType: name, resolveType: resolveType, slot: slot, field: field)
            case .list:
                notIterable(at: slot, field: field)
            case .scalar, .enumeration:
                reportInternal(
                    CompletionDefect("Expected a value of type \"\(shape.namedType)\" for field \"\(field.coordinate)\", but the resolver returned an object."),
                    message: "Expected a value of type \"\(shape.namedType)\" for field \"\(field.coordinate)\", but received an object.",
                    at: slot, field: field)
            }
        case .list(let items):
            guard case .list(let itemShape) = shape.kind else {
                return reportInternal(
                    CompletionDefect("Expected a value of type \"\(shape.namedType)\" for field \"\(field.coordinate)\", but the resolver returned a list."),
                    message: "Expected a value of type \"\(shape.namedType)\" for field \"\(field.coordinate)\", but received a list.",
                    at: slot, field: field)
            }
            let first = tree.makeList(at: slot, count: items.count, itemNonNull: itemShape.isNonNull)
            for (offset, item) in items.enumerated() {
                complete(item, shape: itemShape, slot: first + offset, field: field)
            }
        }
    }

    private func completeNull(shape: OutputShape, slot: Int, field: PlannedField) {
        if shape.isNonNull {
            reportInternal(
                CompletionDefect("Cannot return null for non-nullable field \(field.coordinate)."),
                message: "Cannot return null for non-nullable field \(field.coordinate).", at: slot, field: field)
        } else {
            tree.slots[slot].node = .leaf(.null)
        }
    }

    /// A `.leaf` value: serialized for scalars and enums; for lists and objects, a JSON-like value
    /// read by the default resolver, taken apart.
    private func completeLeaf(_ leaf: Value, shape: OutputShape, slot: Int, field: PlannedField) {
        if case .null = leaf { return completeNull(shape: shape, slot: slot, field: field) }
        switch shape.kind {
        case .scalar(let kind):
            serialize(leaf, as: kind, shape: shape, slot: slot, field: field)
        case .enumeration(let enumeration):
            if case .string(let name) = leaf, enumeration.hasValue(name) {
                tree.slots[slot].node = .leaf(leaf)
            } else {
                let message = "Enum \"\(enumeration.name)\" cannot represent value: \(leaf.inspected)"
                reportInternal(CompletionDefect(message), message: message, at: slot, field: field)
            }
        case .list(let itemShape):
            guard case .list(let items) = leaf else { return notIterable(at: slot, field: field) }
            let first = tree.makeList(at: slot, count: items.count, itemNonNull: itemShape.isNonNull)
            for (offset, item) in items.enumerated() {
                completeLeaf(item, shape: itemShape, slot: first + offset, field: field)
            }
        case .object(let name):
            enqueueObject(leaf, typeName: name, slot: slot, field: field)
        case .abstract(let name, let resolveType):
            completeAbstract(leaf, typeName: nil, abstractType: name, resolveType: resolveType, slot: slot, field: field)
        }
    }

    /// Result coercion, with a direct path for the values built-in scalars normally get.
    private func serialize(_ leaf: Value, as kind: OutputShape.ScalarKind, shape: OutputShape, slot: Int, field: PlannedField) {
        let serialized: Value
        do {
            switch (kind, leaf) {
            case (.string, .string), (.id, .string), (.boolean, .bool):
                serialized = leaf
            case (.int, .int(let number)) where Int32(exactly: number) != nil:
                serialized = leaf
            case (.float, .float(let number)) where number.isFinite:
                serialized = leaf
            case (.string, _): serialized = try StringCoercion.serialize(leaf)
            case (.id, _): serialized = try IDCoercion.serialize(leaf)
            case (.boolean, _): serialized = try BooleanCoercion.serialize(leaf)
            case (.int, _): serialized = try IntCoercion.serialize(leaf)
            case (.float, _): serialized = try FloatCoercion.serialize(leaf)
            case (.custom(let coercion), _): serialized = try coercion.serialize(leaf)
            }
        } catch {
            return reportInternal(CompletionDefect(error.message), message: error.message, at: slot, field: field)
        }
        if case .null = serialized { return completeNull(shape: shape, slot: slot, field: field) }
        tree.slots[slot].node = .leaf(serialized)
    }

    private func notIterable(at slot: Int, field: PlannedField) {
        let message = "Expected Iterable, but did not find one for field \"\(field.coordinate)\"."
        reportInternal(CompletionDefect(message), message: message, at: slot, field: field)
    }

    /// ResolveAbstractType: the object type named by the resolver, else by the abstract type's
    /// ``TypeResolver``, checked to be a possible type here.
    private func completeAbstract(
        _ source: any Sendable,
        typeName: String?,
        abstractType: String,
        resolveType: TypeResolver?,
        slot: Int,
        field: PlannedField
    ) {
        guard let runtimeType = typeName ?? resolveType?.resolve(source) else {
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
        enqueueObject(source, typeName: runtimeType, slot: slot, field: field)
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
