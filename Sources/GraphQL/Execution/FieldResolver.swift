/// How one field of one type gets its value.
///
/// Three shapes, chosen by the cost of the work:
/// - ``sync(_:)`` reads what the parent already holds (a property): no suspension, no task.
/// - ``async(_:)`` does I/O for one parent, such as a root field that queries storage.
/// - ``batch(_:)`` receives every parent of the same field at the same level of the response at
///   once and returns one value per parent, in order. This is how `assignedTo` on a page of 100
///   clients reaches storage once with 100 keys instead of 100 times.
package struct FieldResolver: Sendable {
    package typealias SyncBody = @Sendable (_ source: any Sendable, _ arguments: Arguments, _ context: ResolveContext) throws -> FieldValue
    package typealias AsyncBody = @Sendable (_ source: any Sendable, _ arguments: Arguments, _ context: ResolveContext) async throws -> FieldValue
    package typealias BatchBody = @Sendable (_ sources: [any Sendable], _ arguments: Arguments, _ context: ResolveContext) async throws -> [FieldValue]

    package enum Body: Sendable {
        case sync(SyncBody)
        case async(AsyncBody)
        case batch(BatchBody)
    }

    package let body: Body

    package init(_ body: Body) {
        self.body = body
    }

    package static func sync(_ body: @escaping SyncBody) -> FieldResolver {
        FieldResolver(.sync(body))
    }

    package static func async(_ body: @escaping AsyncBody) -> FieldResolver {
        FieldResolver(.async(body))
    }

    package static func batch(_ body: @escaping BatchBody) -> FieldResolver {
        FieldResolver(.batch(body))
    }

    /// A synchronous resolver on a typed source; a source of another type is an internal error.
    ///
    /// The source is handed to `body` in place, without copying it out of its existential box
    /// as `as?` would: a copy of a struct retains each of its fields, a dozen atomic operations
    /// per field resolved, which dominated the executor's profile.
    package static func sync<Source: Sendable>(
        on _: Source.Type,
        _ body: @escaping @Sendable (Source, Arguments, ResolveContext) throws -> FieldValue
    ) -> FieldResolver {
        let typed = TypedSyncBody(body)
        return .sync { source, arguments, context in
            func call<Opened: Sendable>(_ opened: Opened) throws -> FieldValue {
                guard Opened.self == Source.self else {
                    throw SourceTypeMismatch(coordinate: context.coordinate, expected: "\(Source.self)", found: "\(Opened.self)")
                }
                // Opened is Source, so TypedSyncBody<Opened> is TypedSyncBody<Source>.
                return try unsafeDowncast(typed, to: TypedSyncBody<Opened>.self).body(opened, arguments, context)
            }
            return try call(source)
        }
    }

    /// An asynchronous resolver on a typed source.
    package static func async<Source: Sendable>(
        on _: Source.Type,
        _ body: @escaping @Sendable (Source, Arguments, ResolveContext) async throws -> FieldValue
    ) -> FieldResolver {
        .async { source, arguments, context in
            try await body(try cast(source, to: Source.self, context: context), arguments, context)
        }
    }

    /// A batch resolver on typed sources.
    package static func batch<Source: Sendable>(
        on _: Source.Type,
        _ body: @escaping @Sendable ([Source], Arguments, ResolveContext) async throws -> [FieldValue]
    ) -> FieldResolver {
        .batch { sources, arguments, context in
            let typed = try sources.map { try cast($0, to: Source.self, context: context) }
            return try await body(typed, arguments, context)
        }
    }

    private static func cast<Source>(_ source: any Sendable, to _: Source.Type, context: ResolveContext) throws -> Source {
        guard let typed = source as? Source else {
            throw SourceTypeMismatch(coordinate: context.coordinate, expected: "\(Source.self)", found: "\(type(of: source))")
        }
        return typed
    }
}

/// A resolver received a parent value of a type it was not written for: a wiring defect.
package struct SourceTypeMismatch: Error, Sendable, CustomStringConvertible {
    package let coordinate: String
    package let expected: String
    package let found: String

    package var description: String {
        "resolver of \(coordinate) expected a \(expected) source, got \(found)"
    }
}

/// A typed synchronous body, held by reference so that the executor's call can view it at the
/// source's opened type without copying the closure.
private final class TypedSyncBody<Source: Sendable>: Sendable {
    let body: @Sendable (Source, Arguments, ResolveContext) throws -> FieldValue

    init(_ body: @escaping @Sendable (Source, Arguments, ResolveContext) throws -> FieldValue) {
        self.body = body
    }
}
