/// The source of `__Directive`: a directive the schema defines.
package struct IntrospectedDirective: Sendable {
    package let schema: IntrospectedSchema
    package let directive: DirectiveDefinition

    package init(_ directive: DirectiveDefinition, in schema: IntrospectedSchema) {
        self.schema = schema
        self.directive = directive
    }
}
