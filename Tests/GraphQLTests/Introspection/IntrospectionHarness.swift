import GraphQL

/// Runs selections against a schema's resolvers the way the executor does (arguments defaulted,
/// values completed against the field's type, `__`-meta-fields on the root), so introspection can
/// be tested on its own.
struct IntrospectionHarness {
    /// A field to select, with its arguments and sub-selections.
    struct Selection {
        var name: String
        var arguments: [String: Value]
        var children: [Selection]
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let schema: Schema

    /// The value of `selections` on the query root.
    func run(_ selections: [Selection]) throws -> Value {
        try resolveObject(Root(), typeName: schema.queryType, selections)
    }

    private struct Root: Sendable {}

    private func namedType(_ name: String) -> NamedType? {
        schema.type(named: name) ?? Introspection.types.first { $0.name == name }
    }

    private func resolveObject(_ source: any Sendable, typeName: String, _ selections: [Selection]) throws -> Value {
        guard let type = namedType(typeName) else { throw Failure(description: "unknown type \(typeName)") }
        var result = OrderedObject()
        for selection in selections {
            guard let field = type.field(named: selection.name)
                ?? Introspection.metaFieldDefinition(named: selection.name, parentType: typeName, in: schema)
            else { throw Failure(description: "no field \(typeName).\(selection.name)") }
            var arguments = OrderedObject()
            for argument in field.arguments {
                if let given = selection.arguments[argument.name] {
                    arguments[argument.name] = given
                } else if let defaultValue = argument.defaultValue {
                    arguments[argument.name] = defaultValue
                }
            }
            guard case .sync(let body)? = field.resolver?.body else {
                throw Failure(description: "\(typeName).\(selection.name) has no synchronous resolver")
            }
            let context = ResolveContext(request: UnrestrictedContext(), parentType: typeName, fieldName: selection.name, loaders: LoaderRegistry())
            let value = try body(source, Arguments(arguments), context)
            result.appendUnchecked(key: selection.name, value: try complete(value, type: field.type, selection.children, at: "\(typeName).\(selection.name)"))
        }
        return .object(result)
    }

    private func complete(_ value: FieldValue, type: TypeReference, _ children: [Selection], at coordinate: String) throws -> Value {
        switch (value, type) {
        case (.null, .nonNull):
            throw Failure(description: "null for non-null \(coordinate)")
        case (_, .nonNull(let inner)):
            return try complete(value, type: inner, children, at: coordinate)
        case (.null, _):
            return .null
        case (.list(let items), .list(let inner)):
            return .list(try items.map { try complete($0, type: inner, children, at: coordinate) })
        case (.leaf(let leaf), .named(let name)):
            if case .enumeration(let enumeration)? = namedType(name), !enumeration.hasValue(leaf.stringValue ?? "") {
                throw Failure(description: "\(leaf) is not a value of \(name) at \(coordinate)")
            }
            return leaf
        case (.object(let source, _), .named(let name)):
            return try resolveObject(source, typeName: name, children)
        default:
            throw Failure(description: "\(value) does not fit \(type) at \(coordinate)")
        }
    }
}

/// `name(arguments) { children }`.
func select(_ name: String, _ arguments: [String: Value] = [:], _ children: [IntrospectionHarness.Selection] = []) -> IntrospectionHarness.Selection {
    IntrospectionHarness.Selection(name: name, arguments: arguments, children: children)
}

/// `name { children }`.
func select(_ name: String, _ children: [IntrospectionHarness.Selection]) -> IntrospectionHarness.Selection {
    IntrospectionHarness.Selection(name: name, arguments: [:], children: children)
}

/// Leaf fields.
func leaves(_ names: String...) -> [IntrospectionHarness.Selection] {
    names.map { select($0) }
}

/// The standard introspection query of /work/shared/bench/workloads/introspection.graphql, with
/// its fragments written out.
enum StandardIntrospectionQuery {
    static var selections: [IntrospectionHarness.Selection] {
        [
            select("__schema", [
                select("queryType", leaves("name")),
                select("mutationType", leaves("name")),
                select("subscriptionType", leaves("name")),
                select("types", fullType),
                select("directives", leaves("name", "description", "locations") + [select("args", inputValue)]),
            ])
        ]
    }

    static var fullType: [IntrospectionHarness.Selection] {
        leaves("kind", "name", "description") + [
            select("fields", ["includeDeprecated": true], leaves("name", "description") + [
                select("args", inputValue),
                select("type", typeRef),
            ] + leaves("isDeprecated", "deprecationReason")),
            select("inputFields", inputValue),
            select("interfaces", typeRef),
            select("enumValues", ["includeDeprecated": true], leaves("name", "description", "isDeprecated", "deprecationReason")),
            select("possibleTypes", typeRef),
        ]
    }

    static var inputValue: [IntrospectionHarness.Selection] {
        leaves("name", "description") + [select("type", typeRef)] + leaves("defaultValue")
    }

    /// `kind name ofType { … }`, nine levels deep as in the query.
    static var typeRef: [IntrospectionHarness.Selection] {
        var level = leaves("kind", "name")
        for _ in 0..<8 {
            level = leaves("kind", "name") + [select("ofType", level)]
        }
        return level
    }
}
