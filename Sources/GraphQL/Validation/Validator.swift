/// Validates executable documents against a schema.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Validation
package enum Validator {
    /// Checks a parsed document against the schema with the given rules, in one walk.
    ///
    /// - Parameters:
    ///   - document: The parsed request.
    ///   - source: The text it was parsed from, to turn byte offsets into lines and columns.
    ///   - schema: The schema the document is checked against.
    ///   - rules: The rules to apply; the specification's by default.
    ///   - maxErrors: After this many errors, validation stops with a last error saying so.
    /// - Returns: The errors found, in document order per rule, each with code
    ///   `GRAPHQL_VALIDATION_FAILED`; empty for a valid document.
    package static func validate(
        _ document: Document,
        source: Source,
        schema: Schema,
        rules: [any ValidationRule] = SpecifiedRules.all,
        maxErrors: Int = 100
    ) -> [GraphQLError] {
        validate(document, source: source, index: SchemaIndex(schema), rules: rules, maxErrors: maxErrors)
    }

    /// Checks a parsed document against an indexed schema: what an engine calls, keeping one
    /// ``SchemaIndex`` for its schema rather than building one per request.
    ///
    /// - Parameters: as ``validate(_:source:schema:rules:maxErrors:)``, with the index of the
    ///   schema in place of the schema.
    /// - Returns: The errors found; empty for a valid document.
    package static func validate(
        _ document: Document,
        source: Source,
        index: SchemaIndex,
        rules: [any ValidationRule] = SpecifiedRules.all,
        maxErrors: Int = 100
    ) -> [GraphQLError] {
        ValidationWalker.withWalker(
            context: ValidationContext(index: index, document: document, source: source, maxErrors: maxErrors),
            rules: rules
        ) { walker in
            walker.walk(document)
            return walker.context.errors
        }
    }
}
