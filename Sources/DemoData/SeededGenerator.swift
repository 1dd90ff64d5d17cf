/// A random number generator that gives the same numbers for the same seed on every machine
/// (SplitMix64), so that the demo data, and the README's examples drawn from it, are stable.
///
/// Not for secrets: tokens come from Crypto's secure generator, never from here.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// One element of a non-empty list.
    package mutating func pick<T>(_ values: [T]) -> T {
        values[Int(next() % UInt64(values.count))]
    }

    /// A number in `range`.
    package mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// True with probability `percent` in 100.
    package mutating func chance(_ percent: Int) -> Bool {
        Int(next() % 100) < percent
    }
}
