/// A field's arguments after coercion: defaults applied, variables substituted, types checked.
///
/// An argument that was neither given nor defaulted is absent (`nil`), which is not the same as
/// an explicit `null`: update mutations rely on the difference.
package struct Arguments: Sendable, Hashable {
    package var values: OrderedObject

    package init(_ values: OrderedObject = OrderedObject()) {
        self.values = values
    }

    package subscript(name: String) -> Value? {
        values[name]
    }

    package func string(_ name: String) -> String? { values[name]?.stringValue }
    package func int(_ name: String) -> Int? { values[name]?.intValue }
    package func bool(_ name: String) -> Bool? { values[name]?.boolValue }
    package func object(_ name: String) -> OrderedObject? { values[name]?.objectValue }

    package static let none = Arguments()
}
