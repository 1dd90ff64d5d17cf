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
        let context = ValidationContext(schema: schema, document: document, source: source, maxErrors: maxErrors)
        var walker = ValidationWalker(context: context, rules: rules)
        walker.walk(document)
        return walker.context.errors
    }
}
