/// The response's `data` as the executor builds it: a flat arena of slots, written out as JSON
/// in response order at the end.
///
/// Execution goes level by level, so values arrive in an order unlike the document's; the arena
/// lets each value go straight to its place. An object reserves one slot per planned field, in
/// response order, and a list one slot per item, so a slot's key or index follows from its
/// position and its parent alone: no per-value path or dictionary is built. Null propagation
/// marks slots nulled without disturbing the structure, so paths stay computable afterwards.
package struct ResultTree: Sendable {
    struct Slot: Sendable {
        var node: Node
        /// The slot holding the enclosing object or list; -1 for the root.
        var parent: Int32
        /// Whether the type at this position is non-null: a null here propagates to `parent`.
        var isNonNull: Bool
        /// Set by null propagation; the slot is written `null` whatever its node holds.
        var isNulled: Bool
    }

    enum Node: Sendable {
        /// Not completed yet; written `null` if execution stopped before reaching it.
        case pending
        case leaf(Value)
        /// The children are `first ..< first + keys.count` of the object keys at `keys`.
        case object(first: Int32, keys: Int32)
        case list(first: Int32, count: Int32)
    }

    /// The response keys of one object plan, with their JSON text ready to copy.
    struct ObjectKeys: Sendable {
        var keys: [String]
        /// `"key":` for the first key, `,"key":` for the others.
        var json: [[UInt8]]

        init(keys: [String]) {
            self.keys = keys
            json = keys.enumerated().map { offset, key in
                var writer = JSONWriter(capacity: key.utf8.count + 4)
                if offset > 0 { writer.writeByte(UInt8(ascii: ",")) }
                writer.writeString(key)
                writer.writeByte(UInt8(ascii: ":"))
                return writer.bytes
            }
        }
    }

    var slots: [Slot]
    var objectKeys: [ObjectKeys]

    /// A tree holding only the root slot, pending.
    init() {
        objectKeys = []
        slots = [Slot(node: .pending, parent: -1, isNonNull: false, isNulled: false)]
    }

    /// Registers the keys of an object plan; objects refer to them by the returned index.
    mutating func addObjectKeys(_ keys: [String]) -> Int32 {
        objectKeys.append(ObjectKeys(keys: keys))
        return Int32(objectKeys.count - 1)
    }

    /// Makes the slot an object with one pending child slot per key.
    mutating func makeObject(at index: Int, keys: Int32, childNonNull: [Bool]) {
        slots[index].node = .object(first: Int32(slots.count), keys: keys)
        for isNonNull in childNonNull {
            slots.append(Slot(node: .pending, parent: Int32(index), isNonNull: isNonNull, isNulled: false))
        }
    }

    /// Makes the slot a list of `count` pending items and returns the first item's slot.
    mutating func makeList(at index: Int, count: Int, itemNonNull: Bool) -> Int {
        let first = slots.count
        slots[index].node = .list(first: Int32(first), count: Int32(count))
        slots.append(contentsOf: repeatElement(Slot(node: .pending, parent: Int32(index), isNonNull: itemNonNull, isNulled: false), count: count))
        return first
    }

    /// Whether propagation nulled the whole of `data`.
    var isNull: Bool { slots[0].isNulled }

    /// Writes the tree as JSON.
    func write(into writer: inout JSONWriter) {
        slots.withUnsafeBufferPointer { slots in
            objectKeys.withUnsafeBufferPointer { keys in
                Self.write(0, slots: slots, keys: keys, into: &writer)
            }
        }
    }

    private static func write(_ index: Int, slots: UnsafeBufferPointer<Slot>, keys: UnsafeBufferPointer<ObjectKeys>, into writer: inout JSONWriter) {
        if slots[index].isNulled { return writer.writeNull() }
        switch slots[index].node {
        case .pending:
            writer.writeNull()
        case .leaf(let value):
            switch value {
            case .string(let text): writer.writeString(text)
            case .int(let number): writer.writeInt(number)
            case .bool(let flag): writer.writeBool(flag)
            default: writer.write(value)
            }
        case .object(let first, let keyIndex):
            writer.writeByte(UInt8(ascii: "{"))
            let json = keys[Int(keyIndex)].json
            var child = Int(first)
            for key in json {
                writer.writeRaw(key)
                write(child, slots: slots, keys: keys, into: &writer)
                child += 1
            }
            writer.writeByte(UInt8(ascii: "}"))
        case .list(let first, let count):
            writer.writeByte(UInt8(ascii: "["))
            let start = Int(first)
            for child in start..<start + Int(count) {
                if child != start { writer.writeByte(UInt8(ascii: ",")) }
                write(child, slots: slots, keys: keys, into: &writer)
            }
            writer.writeByte(UInt8(ascii: "]"))
        }
    }

    /// The tree as a ``Value``, for tests and for callers that post-process the data.
    var value: Value { value(at: 0) }

    private func value(at index: Int) -> Value {
        let slot = slots[index]
        if slot.isNulled { return .null }
        switch slot.node {
        case .pending: return .null
        case .leaf(let value): return value
        case .object(let first, let keyIndex):
            var object = OrderedObject()
            for (offset, key) in objectKeys[Int(keyIndex)].keys.enumerated() {
                object.appendUnchecked(key: key, value: value(at: Int(first) + offset))
            }
            return .object(object)
        case .list(let first, let count):
            return .list((0..<Int(count)).map { value(at: Int(first) + $0) })
        }
    }

    /// The response path of a slot: keys and list indices from the root.
    func path(of index: Int) -> [PathComponent] {
        var components: [PathComponent] = []
        var current = index
        while slots[current].parent >= 0 {
            let parent = Int(slots[current].parent)
            switch slots[parent].node {
            case .object(let first, let keyIndex):
                components.append(.key(objectKeys[Int(keyIndex)].keys[current - Int(first)]))
            case .list(let first, _):
                components.append(.index(current - Int(first)))
            case .pending, .leaf:
                break
            }
            current = parent
        }
        return components.reversed()
    }

    /// Whether the slot or one of its ancestors was nulled, so that work below it is moot.
    func isUnderNull(_ index: Int) -> Bool {
        var current = index
        while current >= 0 {
            if slots[current].isNulled { return true }
            current = Int(slots[current].parent)
        }
        return false
    }

    /// Nulls the slot and, while the position is non-null, its parents: the specification's
    /// error propagation to the nearest nullable position.
    ///
    /// - SeeAlso: https://spec.graphql.org/September2025/#sec-Handling-Execution-Errors
    mutating func propagateNull(from index: Int) {
        var current = index
        while current >= 0 {
            slots[current].isNulled = true
            guard slots[current].isNonNull else { return }
            current = Int(slots[current].parent)
        }
    }
}
