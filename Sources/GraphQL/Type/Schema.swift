/// A built, valid schema: every type, every directive, and each field's resolver.
///
/// Made by ``SchemaBuilder`` from SDL and resolvers; immutable afterwards, and shared by every
/// request. Lookups that execution and validation make per field are dictionary reads.
///
/// The parts live in one immutable object, so that a copy (every executor, coercion and
/// validation context holds one) is one reference count rather than one per table: copying the
/// eleven stored properties cost every request 22 atomic operations.
package struct Schema: Sendable {
    private final class Storage: Sendable {
        let description: String?
        let queryType: String
        let mutationType: String?
        let subscriptionType: String?
        let types: [String: NamedType]
        let typeNames: [String]
        let directives: [String: DirectiveDefinition]
        let directiveNames: [String]
        let schemaDirectives: [Directive]
        let possibleTypes: [String: [String]]
        let implementations: [String: [String]]
        /// Each scalar's coercion by the scalar's name, so that coercing an input value costs one
        /// look-up and one retain; taking it out of ``types`` copied the whole `ScalarType`.
        let scalarCoercions: [String: ScalarCoercion]

        init(
            description: String?, queryType: String, mutationType: String?, subscriptionType: String?, types: [String: NamedType],
            typeNames: [String], directives: [String: DirectiveDefinition], directiveNames: [String], schemaDirectives: [Directive],
            possibleTypes: [String: [String]], implementations: [String: [String]]
        ) {
            self.description = description
            self.queryType = queryType
            self.mutationType = mutationType
            self.subscriptionType = subscriptionType
            self.types = types
            self.typeNames = typeNames
            self.directives = directives
            self.directiveNames = directiveNames
            self.schemaDirectives = schemaDirectives
            self.possibleTypes = possibleTypes
            self.implementations = implementations
            var scalarCoercions: [String: ScalarCoercion] = [:]
            for case .scalar(let scalar) in types.values {
                scalarCoercions[scalar.name] = scalar.coercion
            }
            self.scalarCoercions = scalarCoercions
        }
    }

    private let storage: Storage

    package var description: String? { storage.description }
    package var queryType: String { storage.queryType }
    package var mutationType: String? { storage.mutationType }
    package var subscriptionType: String? { storage.subscriptionType }
    /// Every named type, built-in scalars and introspection types included.
    package var types: [String: NamedType] { storage.types }
    /// Type names in the order the SDL defined them (built-ins last), for printing and
    /// introspection.
    package var typeNames: [String] { storage.typeNames }
    package var directives: [String: DirectiveDefinition] { storage.directives }
    package var directiveNames: [String] { storage.directiveNames }
    /// The directives applied to the `schema` definition, for the printer.
    package var schemaDirectives: [Directive] { storage.schemaDirectives }
    /// For each interface and union, the object types that may appear where it is expected.
    package var possibleTypes: [String: [String]] { storage.possibleTypes }
    /// For each interface, the interfaces and objects that implement it (objects first).
    package var implementations: [String: [String]] { storage.implementations }

    package init(
        description: String? = nil,
        queryType: String,
        mutationType: String? = nil,
        subscriptionType: String? = nil,
        types: [NamedType],
        directives: [DirectiveDefinition],
        schemaDirectives: [Directive] = []
    ) {
        var byName: [String: NamedType] = [:]
        var names: [String] = []
        for type in types where byName[type.name] == nil {
            byName[type.name] = type
            names.append(type.name)
        }
        var directiveByName: [String: DirectiveDefinition] = [:]
        var directiveOrder: [String] = []
        for directive in directives where directiveByName[directive.name] == nil {
            directiveByName[directive.name] = directive
            directiveOrder.append(directive.name)
        }
        let (possibleTypes, implementations) = Schema.relations(of: names, in: byName)
        storage = Storage(
            description: description, queryType: queryType, mutationType: mutationType, subscriptionType: subscriptionType,
            types: byName, typeNames: names, directives: directiveByName, directiveNames: directiveOrder,
            schemaDirectives: schemaDirectives, possibleTypes: possibleTypes, implementations: implementations)
    }

    package func type(named name: String) -> NamedType? {
        storage.types[name]
    }

    /// The coercion of the scalar named `name`; nil when no scalar has that name. The cheap way to
    /// coerce a value to a scalar: input coercion does it for every variable and argument.
    package func scalarCoercion(named name: String) -> ScalarCoercion? {
        storage.scalarCoercions[name]
    }

    package func directive(named name: String) -> DirectiveDefinition? {
        storage.directives[name]
    }

    /// The root type of an operation type, nil when the schema does not support it.
    package func rootType(for operation: OperationType) -> ObjectType? {
        guard let name = rootTypeName(for: operation), case .object(let type)? = storage.types[name] else { return nil }
        return type
    }

    /// The name of an operation type's root object type, nil when the schema does not support
    /// it: what execution needs, without copying the type out of the table.
    package func rootTypeName(for operation: OperationType) -> String? {
        let name: String?
        switch operation {
        case .query: name = storage.queryType
        case .mutation: name = storage.mutationType
        case .subscription: name = storage.subscriptionType
        }
        guard let name, case .object? = storage.types[name] else { return nil }
        return name
    }

    /// The named type of a reference.
    package func namedType(of reference: TypeReference) -> NamedType? {
        storage.types[reference.namedType]
    }

    /// The object types a value of `abstractType` may have at run time; `[name]` for an object.
    package func possibleTypes(of typeName: String) -> [String] {
        if case .object? = storage.types[typeName] { return [typeName] }
        return storage.possibleTypes[typeName] ?? []
    }

    /// Whether `objectType` may appear where `abstractType` (or the same object) is expected.
    package func isPossibleType(_ objectType: String, of typeName: String) -> Bool {
        objectType == typeName || storage.possibleTypes[typeName]?.contains(objectType) == true
    }

    /// Whether `maybeSubType` is `superType`, implements it, or is a member of it.
    package func isSubType(_ maybeSubType: String, of superType: String) -> Bool {
        if maybeSubType == superType { return true }
        if storage.possibleTypes[superType]?.contains(maybeSubType) == true { return true }
        return storage.implementations[superType]?.contains(maybeSubType) == true
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
