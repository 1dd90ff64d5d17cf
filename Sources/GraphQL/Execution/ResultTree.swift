/// The response's `data` as the executor builds it: a flat arena of slots, written out as JSON
/// in response order at the end.
///
/// Execution goes level by level, so values arrive in an order unlike the document's; the arena
/// lets each value go straight to its place. An object reserves one slot per planned field, in
/// response order, and a list one slot per item, so a slot's key or index follows from its
/// position and its parent alone: no per-value path or dictionary is built. Null propagation
/// marks slots nulled without disturbing the structure, so paths stay computable afterwards.
///
/// Leaves are written as JSON the moment they are completed, into one byte buffer, and a slot
/// keeps only their byte range; an object names the ``ObjectPlan`` it follows, whose keys are
/// already JSON text. The tree holds no other reference-counted value, so writing the response
/// is copying byte ranges, and dropping the tree frees two buffers and the plans' table (shared
/// with the cached operation plan when the request made no plan of its own).
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
        case null
        /// A leaf's JSON text: `leaves[start ..< start + count]`.
        case leaf(start: Int32, count: Int32)
        /// The children are `first ..< first + plan.fields.count`, one per key of
        /// ``ResultTree/plans``[`plan`].
        case object(first: Int32, plan: Int32)
        case list(first: Int32, count: Int32)
    }

    var slots: [Slot]
    /// The plans of the tree's objects, by the index an object names: its keys, for writing,
    /// paths and ``value``.
    private(set) var plans: [ObjectPlan]
    /// The JSON text of every leaf, in completion order.
    var leaves: JSONWriter
    /// Braces, brackets, keys and commas of the objects and lists made so far: with the leaves
    /// and four bytes per slot for a possible `null`, a bound on the response's size.
    var structureBytes = 0

    /// A tree holding only the root slot, pending, whose objects will follow `plans` (and any
    /// plan added later).
    init(plans: [ObjectPlan] = []) {
        self.plans = plans
        // Room for a small response's slots in the first allocation.
        slots = []
        slots.reserveCapacity(32)
        slots.append(Slot(node: .pending, parent: -1, isNonNull: false, isNulled: false))
        leaves = JSONWriter(capacity: 4096)
    }

    /// A tree with nothing in it, not even the root, and no storage: what an executor keeps once
    /// it has handed its tree to the response (moving it out costs no reference counting; a copy
    /// retained and released each of its buffers).
    static var spent: ResultTree { ResultTree(spent: ()) }

    private init(spent: Void) {
        slots = []
        plans = []
        leaves = JSONWriter(capacity: 0)
    }

    /// Writes a leaf value's JSON and points the slot at it.
    mutating func setLeaf(_ index: Int, _ value: Value) {
        let start = leaves.bytes.count
        switch value {
        case .null:
            slots[index].node = .null
            return
        case .string(let text): leaves.writeString(text)
        case .int(let number): leaves.writeInt(number)
        case .bool(let flag): leaves.writeBool(flag)
        default: leaves.write(value)
        }
        slots[index].node = .leaf(start: Int32(start), count: Int32(leaves.bytes.count - start))
    }

    /// Adds a plan that objects can follow, and returns its index.
    mutating func addPlan(_ plan: ObjectPlan) -> Int32 {
        plans.append(plan)
        return Int32(plans.count - 1)
    }

    /// Makes the slot an object following `plans[plan]`, with one pending child slot per key.
    mutating func makeObject(at index: Int, plan: Int32) {
        let objectPlan = plans[Int(plan)]
        slots[index].node = .object(first: Int32(slots.count), plan: plan)
        structureBytes += objectPlan.keyText.count + 2
        // One append of the whole run, so the array grows at most once per object, then the
        // non-null marks: a lazily mapped run boxed its closure on the heap for every object.
        let first = slots.count
        slots.append(contentsOf: repeatElement(Slot(node: .pending, parent: Int32(index), isNonNull: false, isNulled: false), count: objectPlan.childNonNull.count))
        for (offset, isNonNull) in objectPlan.childNonNull.enumerated() where isNonNull {
            slots[first + offset].isNonNull = true
        }
    }

    /// Makes the slot a list of `count` pending items and returns the first item's slot.
    mutating func makeList(at index: Int, count: Int, itemNonNull: Bool) -> Int {
        let first = slots.count
        slots[index].node = .list(first: Int32(first), count: Int32(count))
        structureBytes += count + 2
        slots.append(contentsOf: repeatElement(Slot(node: .pending, parent: Int32(index), isNonNull: itemNonNull, isNulled: false), count: count))
        return first
    }

    /// Whether propagation nulled the whole of `data`.
    var isNull: Bool { slots[0].isNulled }

    /// A bound on the bytes ``write(into:)`` appends.
    var maximumByteCount: Int {
        leaves.bytes.count + structureBytes + 4 * slots.count
    }

    /// Writes the tree as JSON.
    func write(into writer: inout JSONWriter) {
        let bound = maximumByteCount
        let start = writer.bytes.count
        writer.bytes.reserveCapacity(start + bound)
        writer.bytes.append(contentsOf: repeatElement(0, count: bound))
        let written = writer.bytes.withUnsafeMutableBufferPointer { output in
            slots.withUnsafeBufferPointer { slots in
                plans.withUnsafeBufferPointer { plans in
                    leaves.bytes.withUnsafeBufferPointer { leaves in
                        var text = Text(slots: slots, plans: plans, leaves: leaves, cursor: output.baseAddress! + start)
                        text.write(0)
                        return text.cursor - (output.baseAddress! + start)
                    }
                }
            }
        }
        precondition(written <= bound, "the response outgrew its bound")
        writer.bytes.removeLast(bound - written)
    }

    /// The tree's arrays, borrowed for writing, and the output cursor.
    private struct Text {
        let slots: UnsafeBufferPointer<Slot>
        let plans: UnsafeBufferPointer<ObjectPlan>
        let leaves: UnsafeBufferPointer<UInt8>
        var cursor: UnsafeMutablePointer<UInt8>

        private mutating func put(_ byte: UInt8) {
            cursor.pointee = byte
            cursor += 1
        }

        private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int32, count: Int32) {
            guard count > 0 else { return }
            cursor.update(from: bytes.baseAddress! + Int(start), count: Int(count))
            cursor += Int(count)
        }

        private mutating func putNull() {
            cursor[0] = UInt8(ascii: "n")
            cursor[1] = UInt8(ascii: "u")
            cursor[2] = UInt8(ascii: "l")
            cursor[3] = UInt8(ascii: "l")
            cursor += 4
        }

        mutating func write(_ index: Int) {
            let slot = slots[index]
            if slot.isNulled { return putNull() }
            switch slot.node {
            case .pending, .null:
                putNull()
            case .leaf(let start, let count):
                put(leaves, from: start, count: count)
            case .object(let first, let planIndex):
                put(UInt8(ascii: "{"))
                let plan = plans[Int(planIndex)]
                plan.keyText.withUnsafeBufferPointer { keyText in
                    var child = Int(first)
                    for span in plan.keySpans {
                        put(keyText, from: span.start, count: span.count)
                        write(child)
                        child += 1
                    }
                }
                put(UInt8(ascii: "}"))
            case .list(let first, let count):
                put(UInt8(ascii: "["))
                let start = Int(first)
                for child in start..<start + Int(count) {
                    if child != start { put(UInt8(ascii: ",")) }
                    write(child)
                }
                put(UInt8(ascii: "]"))
            }
        }
    }

    /// The tree as a ``Value``, for tests and for callers that post-process the data.
    var value: Value { value(at: 0) }

    private func value(at index: Int) -> Value {
        let slot = slots[index]
        if slot.isNulled { return .null }
        switch slot.node {
        case .pending, .null: return .null
        case .leaf(let start, let count):
            // The leaf was written by our own writer, so reading it back cannot fail.
            let text = Array(leaves.bytes[Int(start)..<Int(start) + Int(count)])
            return (try? JSONReader.parse(text)) ?? .null
        case .object(let first, let plan):
            var object = OrderedObject()
            for (offset, key) in plans[Int(plan)].keys.enumerated() {
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
            case .object(let first, let plan):
                components.append(.key(plans[Int(plan)].keys[current - Int(first)]))
            case .list(let first, _):
                components.append(.index(current - Int(first)))
            case .pending, .null, .leaf:
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
