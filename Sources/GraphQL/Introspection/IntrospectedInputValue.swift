/// The source of `__InputValue`: an argument of a field or directive, or an input object field.
package struct IntrospectedInputValue: Sendable {
    package let schema: IntrospectedSchema
    package let value: InputValueDefinition

    package init(_ value: InputValueDefinition, in schema: IntrospectedSchema) {
        self.schema = schema
        self.value = value
    }

    /// The default as GraphQL text: the literal as written in SDL when the schema kept it,
    /// otherwise the coerced default turned back into a literal; nil when there is no default.
    ///
    /// Printing the written literal with ``Printer`` is what graphql-js 17 does (`{ limit: 5 }`);
    /// graphql-js 16 re-derives the literal from the coerced value and spells some values
    /// differently (`{limit: 5}`, `1` for `1.0`).
    package var defaultValueText: String? {
        if let node = value.defaultValueNode {
            return Printer.print(node)
        }
        guard let defaultValue = value.defaultValue else { return nil }
        return ValueLiteral.node(for: defaultValue, type: value.type, lookup: schema.namedType).map { Printer.print($0) }
    }
}
