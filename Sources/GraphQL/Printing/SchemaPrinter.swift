/// Writes a built schema back as SDL, as graphql-js's `printSchema` does, plus the directives
/// applied in SDL.
///
/// Like graphql-js it leaves out the built-in scalars, the built-in directives and the
/// introspection types; writes `schema { … }` only when a root type is not named `Query`,
/// `Mutation` or `Subscription` (or the schema has a description); writes every description as
/// a block string when it can be one; and writes `@deprecated`, `@specifiedBy` and `@oneOf` from
/// the model. Unlike graphql-js it also writes the directives applied to the schema, types,
/// fields, arguments, enum values and input fields, so that the per-field permission directive
/// (`@allow(roles: [...])`) appears in `clientela schema print`.
///
/// The output reads back as the same schema: building `print(schema)` gives the same types,
/// fields, defaults, deprecations and applied directives.
package enum SchemaPrinter {
    /// The SDL of `schema`, definitions separated by a blank line, without a final newline.
    package static func print(_ schema: Schema) -> String {
        var definitions: [String] = []
        if let schemaDefinition = schemaDefinition(schema) {
            definitions.append(schemaDefinition)
        }
        for name in schema.directiveNames where !Introspection.specifiedDirectiveNames.contains(name) {
            if let directive = schema.directive(named: name) {
                definitions.append(directiveDefinition(directive))
            }
        }
        for name in schema.typeNames where !Introspection.specifiedScalarNames.contains(name) && !Introspection.isIntrospectionType(name) {
            if let type = schema.type(named: name) {
                definitions.append(typeDefinition(type))
            }
        }
        return definitions.joined(separator: "\n\n")
    }

    /// `schema { query: … }`, needed only when the root types do not go by their default names
    /// (or a type has a default name without being that root), or when there is something to
    /// say about the schema itself.
    private static func schemaDefinition(_ schema: Schema) -> String? {
        let hasDefaultRootNames = schema.queryType == "Query"
            && schema.mutationType == defaultRoot("Mutation", in: schema)
            && schema.subscriptionType == defaultRoot("Subscription", in: schema)
        if hasDefaultRootNames && schema.description == nil && appliedDirectives(schema.schemaDirectives).isEmpty {
            return nil
        }
        var text = description(schema.description) + "schema" + appliedDirectives(schema.schemaDirectives) + " {\n"
        text += "  query: \(schema.queryType)\n"
        if let mutation = schema.mutationType { text += "  mutation: \(mutation)\n" }
        if let subscription = schema.subscriptionType { text += "  subscription: \(subscription)\n" }
        return text + "}"
    }

    private static func defaultRoot(_ name: String, in schema: Schema) -> String? {
        schema.type(named: name) == nil ? nil : name
    }

    private static func directiveDefinition(_ directive: DirectiveDefinition) -> String {
        description(directive.description)
            + "directive @\(directive.name)"
            + arguments(directive.arguments)
            + (directive.isRepeatable ? " repeatable" : "")
            + " on "
            + directive.locations.map(\.rawValue).joined(separator: " | ")
    }

    private static func typeDefinition(_ type: NamedType) -> String {
        switch type {
        case .scalar(let scalar):
            return description(scalar.description)
                + "scalar \(scalar.name)"
                + specifiedBy(scalar.specifiedByURL)
                + appliedDirectives(scalar.directives)
        case .object(let object):
            return description(object.description)
                + "type \(object.name)"
                + implements(object.interfaces)
                + appliedDirectives(object.directives)
                + fields(object.fields)
        case .interface(let interface):
            return description(interface.description)
                + "interface \(interface.name)"
                + implements(interface.interfaces)
                + appliedDirectives(interface.directives)
                + fields(interface.fields)
        case .union(let union):
            return description(union.description)
                + "union \(union.name)"
                + appliedDirectives(union.directives)
                + (union.members.isEmpty ? "" : " = " + union.members.joined(separator: " | "))
        case .enumeration(let enumeration):
            let values = enumeration.values.enumerated().map { index, value in
                description(value.description, indentation: "  ", firstInBlock: index == 0)
                    + "  \(value.name)"
                    + deprecated(value.deprecationReason)
                    + appliedDirectives(value.directives)
            }
            return description(enumeration.description)
                + "enum \(enumeration.name)"
                + appliedDirectives(enumeration.directives)
                + block(values)
        case .inputObject(let input):
            let fields = input.fields.enumerated().map { index, field in
                description(field.description, indentation: "  ", firstInBlock: index == 0) + "  " + inputValue(field)
            }
            return description(input.description)
                + "input \(input.name)"
                + (input.isOneOf ? " @oneOf" : "")
                + appliedDirectives(input.directives)
                + block(fields)
        }
    }

    private static func implements(_ interfaces: [String]) -> String {
        interfaces.isEmpty ? "" : " implements " + interfaces.joined(separator: " & ")
    }

    private static func fields(_ fields: [FieldDefinition]) -> String {
        block(fields.enumerated().map { index, field in
            description(field.description, indentation: "  ", firstInBlock: index == 0)
                + "  \(field.name)"
                + arguments(field.arguments, indentation: "  ")
                + ": \(field.type)"
                + deprecated(field.deprecationReason)
                + appliedDirectives(field.directives)
        })
    }

    private static func block(_ items: [String]) -> String {
        items.isEmpty ? "" : " {\n" + items.joined(separator: "\n") + "\n}"
    }

    /// `(a: Int, b: String)` on one line when no argument has a description, one per line
    /// otherwise.
    private static func arguments(_ arguments: [InputValueDefinition], indentation: String = "") -> String {
        if arguments.isEmpty { return "" }
        if arguments.allSatisfy({ $0.description == nil }) {
            return "(" + arguments.map(inputValue).joined(separator: ", ") + ")"
        }
        let lines = arguments.enumerated().map { index, argument in
            description(argument.description, indentation: "  " + indentation, firstInBlock: index == 0)
                + "  " + indentation + inputValue(argument)
        }
        return "(\n" + lines.joined(separator: "\n") + "\n" + indentation + ")"
    }

    /// `name: Type = default @deprecated @directives`.
    private static func inputValue(_ value: InputValueDefinition) -> String {
        var text = "\(value.name): \(value.type)"
        if let defaultValue = defaultValueText(value) {
            text += " = " + defaultValue
        }
        return text + deprecated(value.deprecationReason) + appliedDirectives(value.directives)
    }

    /// The default as written in SDL, or rebuilt from the coerced default when the model holds
    /// no literal.
    private static func defaultValueText(_ value: InputValueDefinition) -> String? {
        if let node = value.defaultValueNode { return Printer.print(node) }
        // Without the schema at hand an input object or enum default cannot be rebuilt, but the
        // builder always keeps the literal; only hand-made schemas lack it.
        return value.defaultValue.flatMap { ValueLiteral.node(for: $0, type: value.type, lookup: { _ in nil }) }
            .map { Printer.print($0) }
    }
}
