/// An object's source value on its way to the next level.
///
/// A struct around the existential on purpose: the optimizer specializes functions that take an
/// existential argument into generic ones, which re-box the value and copy the whole struct
/// (every field retained) at each call; through a struct the box is just retained.
struct ObjectSource {
    let value: any Sendable

    init(_ value: any Sendable) {
        self.value = value
    }
}
