/// A built, valid schema: every type, every directive, and each field's resolver.
///
/// Made by ``SchemaBuilder`` from SDL and resolvers; immutable afterwards, and shared by every
/// request. Lookups that execution and validation make per field are dictionary reads.
package struct Schema: Sendable {
    package var description: String?
    package var queryType: String
    package var mutationType: String?
    package var subscriptionType: String?
    /// Every named type, built-in scalars and introspection types included.
    package private(set) var types: [String: NamedType]
    /// Type names in the order the SDL defined them (built-ins last), for printing and
    /// introspection.
    package private(set) var typeNames: [String]
    package private(set) var directives: [String: DirectiveDefinition]
    package private(set) var directiveNames: [String]
    /// The directives applied to the `schema` definition, for the printer.
    package var schemaDirectives: [Directive]
    /// For each interface and union, the object types that may appear where it is expected.
    package private(set) var possibleTypes: [String: [String]]
    /// For each interface, the interfaces and objects that implement it (objects first).
    package private(set) var implementations: [String: [String]]

    package init(
        description: String? = nil,
        queryType: String,
        mutationType: String? = nil,
        subscriptionType: String? = nil,
        types: [NamedType],
        directives: [DirectiveDefinition],
        schemaDirectives: [Directive] = []
    ) {
        self.description = description
        self.queryType = queryType
        self.mutationType = mutationType
        self.subscriptionType = subscriptionType
        self.schemaDirectives = schemaDirectives
        var byName: [String: NamedType] = [:]
        var names: [String] = []
        for type in types where byName[type.name] == nil {
            byName[type.name] = type
            names.append(type.name)
        }
        self.types = byName
        self.typeNames = names
        var directiveByName: [String: DirectiveDefinition] = [:]
        var directiveOrder: [String] = []
        for directive in directives where directiveByName[directive.name] == nil {
            directiveByName[directive.name] = directive
            directiveOrder.append(directive.name)
        }
        self.directives = directiveByName
        self.directiveNames = directiveOrder
        (self.possibleTypes, self.implementations) = Schema.relations(of: names, in: byName)
    }

    package func type(named name: String) -> NamedType? {
        types[name]
    }

    package func directive(named name: String) -> DirectiveDefinition? {
        directives[name]
    }

    /// The root type of an operation type, nil when the schema does not support it.
    package func rootType(for operation: OperationType) -> ObjectType? {
        let name: String?
        switch operation {
        case .query: name = queryType
        case .mutation: name = mutationType
        case .subscription: name = subscriptionType
        }
        guard let name, case .object(let type)? = types[name] else { return nil }
        return type
    }

    /// The named type of a reference.
    package func namedType(of reference: TypeReference) -> NamedType? {
        types[reference.namedType]
    }

    /// The object types a value of `abstractType` may have at run time; `[name]` for an object.
    package func possibleTypes(of typeName: String) -> [String] {
        if case .object? = types[typeName] { return [typeName] }
        return possibleTypes[typeName] ?? []
    }

    /// Whether `objectType` may appear where `abstractType` (or the same object) is expected.
    package func isPossibleType(_ objectType: String, of typeName: String) -> Bool {
        objectType == typeName || possibleTypes[typeName]?.contains(objectType) == true
    }

    /// Whether `maybeSubType` is `superType`, implements it, or is a member of it.
    package func isSubType(_ maybeSubType: String, of superType: String) -> Bool {
        if maybeSubType == superType { return true }
        if possibleTypes[superType]?.contains(maybeSubType) == true { return true }
        return implementations[superType]?.contains(maybeSubType) == true
    }

    /// Whether a value of type `sub` may be used where `sup` is expected
    /// (https://spec.graphql.org/September2025/#AreTypesCompatible, for input positions).
    package func isTypeSubTypeOf(_ sub: TypeReference, _ sup: TypeReference) -> Bool {
        switch (sub, sup) {
        case (.nonNull(let subInner), .nonNull(let supInner)):
            return isTypeSubTypeOf(subInner, supInner)
        case (.nonNull(let subInner), _):
            return isTypeSubTypeOf(subInner, sup)
        case (_, .nonNull):
            return false
        case (.list(let subInner), .list(let supInner)):
            return isTypeSubTypeOf(subInner, supInner)
        case (.list, _), (_, .list):
            return false
        case (.named(let subName), .named(let supName)):
            return isSubType(subName, of: supName)
        }
    }

    private static func relations(of names: [String], in types: [String: NamedType]) -> (possible: [String: [String]], implementations: [String: [String]]) {
        var possible: [String: [String]] = [:]
        var implementations: [String: [String]] = [:]
        for name in names {
            switch types[name] {
            case .object(let object)?:
                for interface in object.interfaces {
                    possible[interface, default: []].append(name)
                    implementations[interface, default: []].append(name)
                }
            case .union(let union)?:
                possible[name] = union.members
            default:
                break
            }
        }
        for name in names {
            if case .interface(let interface)? = types[name] {
                for parent in interface.interfaces {
                    implementations[parent, default: []].append(name)
                }
                if possible[name] == nil { possible[name] = [] }
            }
        }
        return (possible, implementations)
    }
}
