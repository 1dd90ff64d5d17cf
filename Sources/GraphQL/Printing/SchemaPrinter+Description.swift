extension SchemaPrinter {
    /// A description above a definition followed by a newline, as graphql-js's `printSchema`
    /// writes it: a block string when a block string reads back as the same text, a quoted
    /// string otherwise; each line indented like the definition, and a blank line before every
    /// described item but the first of a block.
    package static func description(_ text: String?, indentation: String = "", firstInBlock: Bool = true) -> String {
        guard let text else { return "" }
        let literal = Printer.print(ValueNode(.string(text, block: true)))
        let prefix = !indentation.isEmpty && !firstInBlock ? "\n" + indentation : indentation
        return prefix + literal.replacing("\n", with: "\n" + indentation) + "\n"
    }
}
