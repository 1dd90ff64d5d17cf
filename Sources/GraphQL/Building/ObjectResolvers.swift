/// The resolvers of one object type whose values are `Source`s, collected by
/// ``SchemaModule/resolvers(for:on:_:)``.
///
/// Every method casts the parent value to `Source` before calling the body, so a body reads
/// `client.name` instead of casting; a parent of another type is reported as a wiring defect
/// (``SourceTypeMismatch``) rather than crashing.
package struct ObjectResolvers<Source: Sendable> {
    /// The object type the resolvers belong to, for messages.
    package let typeName: String
    /// The resolvers in registration order.
    package private(set) var registered: [(field: String, resolver: FieldResolver)] = []
    /// Fields registered more than once.
    package private(set) var repeated: [String] = []
    private var names: Set<String> = []

    package init(typeName: String) {
        self.typeName = typeName
    }

    /// A field read from the source alone, such as a stored property: the cheapest resolver.
    package mutating func field(_ name: String, _ read: @escaping @Sendable (Source) throws -> FieldValue) {
        add(name, .sync(on: Source.self) { source, _, _ in try read(source) })
    }

    /// A synchronous field that needs its arguments or the request.
    package mutating func sync(_ name: String, _ body: @escaping @Sendable (Source, Arguments, ResolveContext) throws -> FieldValue) {
        add(name, .sync(on: Source.self, body))
    }

    /// A field that does I/O for one parent at a time.
    package mutating func async(_ name: String, _ body: @escaping @Sendable (Source, Arguments, ResolveContext) async throws -> FieldValue) {
        add(name, .async(on: Source.self, body))
    }

    /// A field resolved for every parent of one level at once; returns one value per parent, in
    /// order.
    package mutating func batch(_ name: String, _ body: @escaping @Sendable ([Source], Arguments, ResolveContext) async throws -> [FieldValue]) {
        add(name, .batch(on: Source.self, body))
    }

    /// A field with a resolver made elsewhere.
    package mutating func resolver(_ name: String, _ resolver: FieldResolver) {
        add(name, resolver)
    }

    private mutating func add(_ name: String, _ resolver: FieldResolver) {
        if !names.insert(name).inserted {
            repeated.append(name)
            registered.removeAll { $0.field == name }
        }
        registered.append((name, resolver))
    }
}
