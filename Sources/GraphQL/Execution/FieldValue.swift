/// What a resolver returns for one field of one object.
///
/// The executor completes it against the field's type: a ``leaf(_:)`` goes through the scalar's
/// or enum's result coercion, an ``object(_:typeName:)`` becomes the source of the child
/// selections, a ``list(_:)`` is completed item by item.
package enum FieldValue: Sendable {
    case null
    case leaf(Value)
    /// A value of an object type. `typeName` names its object type when the field's type is an
    /// interface or union and the abstract type has no ``TypeResolver``; it is ignored otherwise.
    case object(any Sendable, typeName: String? = nil)
    case list([FieldValue])

    package static func string(_ value: String?) -> FieldValue {
        value.map { .leaf(.string($0)) } ?? .null
    }

    package static func int(_ value: Int?) -> FieldValue {
        value.map { .leaf(.int($0)) } ?? .null
    }

    package static func bool(_ value: Bool?) -> FieldValue {
        value.map { .leaf(.bool($0)) } ?? .null
    }

    package static func float(_ value: Double?) -> FieldValue {
        value.map { .leaf(.float($0)) } ?? .null
    }

    /// A list of objects of the same type.
    package static func objects(_ values: [some Sendable]) -> FieldValue {
        .list(values.map { .object($0) })
    }
}
