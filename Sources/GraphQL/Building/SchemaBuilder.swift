/// Builds the one ``Schema`` of the gateway from the SDL and Swift code of every module.
///
/// A build either returns a valid schema, in which every object field has a resolver and every
/// custom scalar a coercion, or throws a ``SchemaBuildError`` listing every problem found, each
/// with the SDL file, line and column it concerns. The steps:
///
/// 1. parse each module's SDL (only type-system definitions are allowed);
/// 2. merge definitions and extensions across modules (``TypeSystemDefinitions``);
/// 3. build the types: descriptions, `@deprecated`, `@specifiedBy`, `@oneOf`, the permission
///    directive, the applied directives kept for the printer; add the built-in scalars,
///    directives and the introspection types;
/// 4. wire each module's resolvers, scalar coercions and type resolvers to the types;
/// 5. coerce default values;
/// 6. validate the type system with the SDL rules (``SpecifiedSDLRules``).
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Type-System
package struct SchemaBuilder: Sendable {
    /// The name of the directive that restricts who may read a field, such as `allow` for
    /// `directive @allow(roles: [Role!]!) on FIELD_DEFINITION`. The engine reads only the role
    /// names; what they mean is the gateway's business.
    package var permissionDirective: String

    package init(permissionDirective: String = "allow") {
        self.permissionDirective = permissionDirective
    }

    /// Builds the schema of `modules`, composed in the order given.
    ///
    /// - Throws: ``SchemaBuildError`` with every problem when the modules do not make a valid
    ///   schema; when some file has a syntax error, with the syntax errors of every file only.
    package func build(_ modules: [SchemaModule]) throws(SchemaBuildError) -> Schema {
        var problems: [SchemaBuildError.Problem] = []
        var documents: [SDLDocument] = []
        for module in modules {
            for source in module.sdl {
                if let document = Self.parse(source, module: module.name, problems: &problems) {
                    documents.append(document)
                }
            }
        }
        // A file that does not parse contributes no definitions, so whatever else would be
        // reported (an unknown type, a resolver without a field) would mostly be noise.
        guard problems.isEmpty else { throw SchemaBuildError(problems: problems) }
        let (schema, wiringProblems) = assemble(documents, modules: modules)
        problems += validate(documents, schema: schema)
        problems += wiringProblems
        guard problems.isEmpty else { throw SchemaBuildError(problems: problems) }
        return schema
    }

    /// Runs `rules` over SDL that is already parsed and the schema built from it; the problems
    /// in rule order.
    package func validate(_ documents: [SDLDocument], schema: Schema, rules: [any SDLValidationRule] = SpecifiedSDLRules.all) -> [SchemaBuildError.Problem] {
        var context = SDLValidationContext(
            documents: documents,
            definitions: TypeSystemDefinitions(documents),
            schema: schema,
            permissionDirective: permissionDirective)
        for rule in rules {
            rule.validate(&context)
        }
        return context.problems
    }

    /// Builds the schema that parsed SDL describes, as well as the SDL allows: every mistake in
    /// it is left for ``validate(_:schema:rules:)`` to report. The problems returned are those of
    /// wiring the modules' Swift code to the types.
    package func assemble(_ documents: [SDLDocument], modules: [SchemaModule]) -> (schema: Schema, wiringProblems: [SchemaBuildError.Problem]) {
        let definitions = TypeSystemDefinitions(documents)
        var types = definitions.orderedTypes.map(makeType)
        let wiringProblems = wire(modules, into: &types, definitions: definitions)
        var directives = definitions.directiveNames.compactMap { definitions.directives[$0] }.map { makeDirective($0.node) }
        directives += DirectiveDefinition.builtIns
        types += Self.builtInTypes
        coerceDefaultValues(of: &types, directives: &directives)

        let roots = definitions.rootTypeNames
        let schemaDefinition = definitions.schemaDefinitions.first?.node
        let schema = Schema(
            description: schemaDefinition?.description?.value,
            queryType: roots[.query] ?? "Query",
            mutationType: roots[.mutation],
            subscriptionType: roots[.subscription],
            types: types,
            directives: directives,
            schemaDirectives: definitions.schemaParts.flatMap(\.node.directives))
        return (schema, wiringProblems)
    }
}
