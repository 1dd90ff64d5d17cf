/// A table from names to numbers, built once and then only read: the name lookups validation
/// makes at every field, spread and directive (types, fields, fragments). A name may belong to
/// an owner (a number: the type of a field), so that one table holds the members of every type.
///
/// A `[String: Int32]` hashes every key with SipHash, which for the short names of GraphQL costs
/// more than the rest of a lookup. This table hashes the UTF-8 bytes eight at a time with a
/// seeded multiplicative hash and probes linearly in a table kept at most half full, so a
/// lookup is a few multiplications and usually one comparison of strings. (Names are hashed
/// by their bytes: GraphQL names are ASCII, so names that `String` finds equal have the same.)
///
/// The seed is drawn once per process: drawing one per table would ask the system for random
/// bytes at every validation, which costs more than a small document's lookups.
///
/// Such a hash is not built to resist chosen collisions, and document names (fragments) are chosen by
/// clients: when an insertion probes past ``defaultProbeLimit`` slots, the table moves its entries to
/// a `Dictionary` and answers from it from then on, so no document can make lookups slow.
package struct NameTable: Sendable {
    /// The most slots an insertion probes, by default, before the table falls back to a
    /// `Dictionary`.
    package static let defaultProbeLimit = 32

    /// The seed of every table's hash.
    package static let processSeed = UInt64.random(in: .min ... .max)

    /// Positions in ``names`` and ``values`` plus one; 0 marks an empty slot. A power of two long.
    private var slots: [Int32]
    private var names: [String] = []
    private var owners: [Int32] = []
    private var values: [Int32] = []
    private let seed: UInt64
    private let probeLimit: Int
    /// Used instead of the slots once an insertion probed too far.
    private var fallback: [Key: Int32]?

    private struct Key: Hashable {
        var owner: Int32
        var name: String
    }

    /// An empty table with room for `capacity` names before it grows.
    ///
    /// - Parameter probeLimit: The most slots an insertion probes before the table falls back
    ///   to a `Dictionary`; tests lower it to make the fallback happen.
    package init(capacity: Int = 0, probeLimit: Int = defaultProbeLimit) {
        self.probeLimit = probeLimit
        seed = Self.processSeed
        // An empty table allocates nothing: a document without fragments makes one per request.
        guard capacity > 0 else {
            slots = []
            return
        }
        var size = 8
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        names.reserveCapacity(capacity)
        owners.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// The number of names in the table.
    package var count: Int { fallback?.count ?? names.count }

    /// Whether the table has moved its entries to a `Dictionary`.
    package var hasFallenBack: Bool { fallback != nil }

    /// The number of `name` (of `owner`), nil when the table does not have it.
    package func value(of name: String, in owner: Int32 = 0) -> Int32? {
        if let fallback { return fallback[Key(owner: owner, name: name)] }
        if slots.isEmpty { return nil }
        let mask = slots.count - 1
        var slot = Self.slot(name, owner, seed: seed, mask: mask)
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if owners[entry - 1] == owner && names[entry - 1] == name { return values[entry - 1] }
            slot = (slot + 1) & mask
        }
    }

    /// Sets the number of `name` (of `owner`), replacing the number it had.
    package mutating func set(_ name: String, in owner: Int32 = 0, to value: Int32) {
        if fallback != nil {
            fallback?[Key(owner: owner, name: name)] = value
            return
        }
        if (names.count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Self.slot(name, owner, seed: seed, mask: mask)
        var probes = 0
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            if owners[entry - 1] == owner && names[entry - 1] == name {
                values[entry - 1] = value
                return
            }
            probes += 1
            if probes > probeLimit {
                fallBack()
                fallback?[Key(owner: owner, name: name)] = value
                return
            }
            slot = (slot + 1) & mask
        }
        names.append(name)
        owners.append(owner)
        values.append(value)
        slots[slot] = Int32(names.count)
    }

    private mutating func grow() {
        var slots = Array(repeating: Int32(0), count: max(self.slots.count * 2, 8))
        let mask = slots.count - 1
        for position in names.indices {
            var slot = Self.slot(names[position], owners[position], seed: seed, mask: mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(position + 1)
        }
        self.slots = slots
    }

    private mutating func fallBack() {
        var dictionary: [Key: Int32] = [:]
        dictionary.reserveCapacity(names.count * 2)
        for position in names.indices {
            dictionary[Key(owner: owners[position], name: names[position])] = values[position]
        }
        fallback = dictionary
        slots = [0]
        names = []
        owners = []
        values = []
    }

    @inline(__always)
    private static func slot(_ name: String, _ owner: Int32, seed: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: hash(name, seed: seed ^ (UInt64(UInt32(bitPattern: owner)) &* 0x9e37_79b9_7f4a_7c15))) & mask
    }

    /// A hash of the UTF-8 bytes, started from `seed`, eight bytes at a time: the bytes of a
    /// name are read where they lie (in the string itself for a short one), so hashing a name
    /// costs a few multiplications.
    @inline(__always)
    package static func hash(_ name: String, seed: UInt64) -> UInt64 {
        if let hash = name.utf8.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0), seed: seed) }) {
            return hash
        }
        return Array(name.utf8).withUnsafeBytes { hash($0, seed: seed) }
    }

    private static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        let multiplier: UInt64 = 0x9e37_79b9_7f4a_7c15
        var hash = seed ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* multiplier
        hash ^= hash >> 32
        hash = hash &* 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 29)
    }
}
