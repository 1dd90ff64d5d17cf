extension SchemaPrinter {
    /// The reason `@deprecated` gives when written without one.
    static let defaultDeprecationReason = "No longer supported"

    /// The directives the model turns into fields of its own (``FieldDefinition/deprecationReason``,
    /// ``ScalarType/specifiedByURL``, ``InputObjectType/isOneOf``), which the printer writes from
    /// those fields rather than from the applied directives.
    static let directivesPrintedFromModel: Set<String> = ["deprecated", "specifiedBy", "oneOf"]

    /// ` @deprecated` or ` @deprecated(reason: "…")` when the reason is not the default one.
    static func deprecated(_ reason: String?) -> String {
        guard let reason else { return "" }
        if reason == defaultDeprecationReason { return " @deprecated" }
        return " @deprecated(reason: \(Printer.print(ValueNode(.string(reason, block: false)))))"
    }

    static func specifiedBy(_ url: String?) -> String {
        guard let url else { return "" }
        return " @specifiedBy(url: \(Printer.print(ValueNode(.string(url, block: false)))))"
    }

    /// The directives applied in SDL, each preceded by a space, except those written from the
    /// model.
    static func appliedDirectives(_ directives: [Directive]) -> String {
        let printed = Printer.print(directives: directives.filter { !directivesPrintedFromModel.contains($0.name.value) })
        return printed.isEmpty ? "" : " " + printed
    }
}
