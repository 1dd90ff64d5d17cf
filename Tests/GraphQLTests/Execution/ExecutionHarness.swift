import GraphQL

/// Builds small schemas in code and runs requests through the whole engine (parse, validate,
/// coerce, guard, execute), returning the response's JSON text so that tests compare exactly
/// what a client would read.
enum ExecutionHarness {
    static let skip = DirectiveDefinition(
        name: "skip", arguments: [InputValueDefinition(name: "if", type: .nonNull(.named("Boolean")))],
        locations: [.field, .fragmentSpread, .inlineFragment])
    static let include = DirectiveDefinition(
        name: "include", arguments: [InputValueDefinition(name: "if", type: .nonNull(.named("Boolean")))],
        locations: [.field, .fragmentSpread, .inlineFragment])

    /// A schema of `types` plus the built-in scalars, the introspection types, `@skip` and
    /// `@include`.
    static func schema(query: String = "Query", mutation: String? = nil, _ types: [NamedType], scalars: [ScalarType] = []) -> Schema {
        Schema(
            queryType: query,
            mutationType: mutation,
            types: types + scalars.map(NamedType.scalar) + ScalarType.builtIns.map(NamedType.scalar) + Introspection.types,
            directives: [skip, include])
    }

    /// The type reference spelled `text` (`[Int!]!`).
    static func type(_ text: String) -> TypeReference {
        // swiftlint:disable:next force_try
        TypeReference(try! Parser.parseType(Source(text)))
    }

    static func object(_ name: String, implements interfaces: [String] = [], _ fields: [FieldDefinition]) -> NamedType {
        .object(ObjectType(name: name, interfaces: interfaces, fields: fields))
    }

    static func field(
        _ name: String,
        _ type: String,
        args: [InputValueDefinition] = [],
        permission: FieldPermission? = nil,
        _ resolver: FieldResolver? = nil
    ) -> FieldDefinition {
        FieldDefinition(name: name, arguments: args, type: self.type(type), permission: permission, resolver: resolver)
    }

    /// A field that always returns `value`.
    static func constant(_ name: String, _ type: String, _ value: FieldValue) -> FieldDefinition {
        field(name, type, .sync { _, _, _ in value })
    }

    static func arg(_ name: String, _ type: String, default defaultValue: Value? = nil) -> InputValueDefinition {
        InputValueDefinition(name: name, type: self.type(type), defaultValue: defaultValue)
    }

    /// Runs `query` and returns the response.
    static func run(
        _ schema: Schema,
        _ query: String,
        operationName: String? = nil,
        variables: Value? = nil,
        context: any RequestContext = UnrestrictedContext(),
        limits: ExecutionLimits = .default,
        onInternalError: InternalErrorHandler? = nil
    ) async -> GraphQLResponse {
        let engine = Engine(schema: schema, limits: limits, onInternalError: onInternalError)
        return await engine.execute(GraphQLRequest(query: query, operationName: operationName, variables: variables?.objectValue), context: context)
    }

    /// Runs `query` without validating it, as graphql-js's executor tests do, to reach the
    /// executor's own checks of documents that validation would refuse.
    static func runUnvalidated(_ schema: Schema, _ query: String, variables: Value? = nil) async -> String {
        let source = Source(query)
        // swiftlint:disable:next force_try
        let document = try! Parser.parse(source)
        let response = await Engine(schema: schema).execute(
            document: document, source: source, variables: variables?.objectValue, context: UnrestrictedContext())
        return String(decoding: response.jsonBytes(), as: UTF8.self)
    }

    /// Runs `query` and returns the response's JSON text.
    static func json(
        _ schema: Schema,
        _ query: String,
        operationName: String? = nil,
        variables: Value? = nil,
        context: any RequestContext = UnrestrictedContext(),
        limits: ExecutionLimits = .default
    ) async -> String {
        let response = await run(schema, query, operationName: operationName, variables: variables, context: context, limits: limits)
        return String(decoding: response.jsonBytes(), as: UTF8.self)
    }
}
