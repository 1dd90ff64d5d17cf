/// The callbacks of a ``ValidationRule``, as a set: each rule declares the ones it implements so
/// that the walker calls a rule only where it has something to do.
package struct ValidationEvents: OptionSet, Sendable, Hashable {
    package let rawValue: UInt32

    package init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    package static let enterDocument = ValidationEvents(rawValue: 1 << 0)
    package static let leaveDocument = ValidationEvents(rawValue: 1 << 1)
    package static let enterOperation = ValidationEvents(rawValue: 1 << 2)
    package static let leaveOperation = ValidationEvents(rawValue: 1 << 3)
    package static let enterFragment = ValidationEvents(rawValue: 1 << 4)
    package static let leaveFragment = ValidationEvents(rawValue: 1 << 5)
    package static let enterVariableDefinition = ValidationEvents(rawValue: 1 << 6)
    package static let leaveVariableDefinition = ValidationEvents(rawValue: 1 << 7)
    package static let enterSelectionSet = ValidationEvents(rawValue: 1 << 8)
    package static let leaveSelectionSet = ValidationEvents(rawValue: 1 << 9)
    package static let enterField = ValidationEvents(rawValue: 1 << 10)
    package static let leaveField = ValidationEvents(rawValue: 1 << 11)
    package static let enterFragmentSpread = ValidationEvents(rawValue: 1 << 12)
    package static let enterInlineFragment = ValidationEvents(rawValue: 1 << 13)
    package static let leaveInlineFragment = ValidationEvents(rawValue: 1 << 14)
    package static let enterDirective = ValidationEvents(rawValue: 1 << 15)
    package static let leaveDirective = ValidationEvents(rawValue: 1 << 16)
    package static let enterArgument = ValidationEvents(rawValue: 1 << 17)
    package static let leaveArgument = ValidationEvents(rawValue: 1 << 18)
    package static let enterValue = ValidationEvents(rawValue: 1 << 19)
    package static let leaveValue = ValidationEvents(rawValue: 1 << 20)
    package static let enterObjectField = ValidationEvents(rawValue: 1 << 21)
    package static let leaveObjectField = ValidationEvents(rawValue: 1 << 22)

    /// The number of distinct events, for tables indexed by event.
    static let count = 23
}
