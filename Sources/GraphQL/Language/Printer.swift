/// Writes an AST back as GraphQL text, formatted as graphql-js's `print` does: two-space
/// indentation, one selection or field per line, arguments wrapped when a line passes 80
/// characters, descriptions as written (block or quoted), and `extend` forms kept.
///
/// Printing then parsing gives an equal AST: strings are escaped so that they read back the same,
/// and a value marked as a block string that a block string cannot hold is printed quoted.
///
/// Two small departures from graphql-js, for readability: variable definitions that must go on
/// their own lines (one has a description) are indented, and an empty object value prints `{}`.
package enum Printer {
    /// Prints a whole document, its definitions separated by a blank line.
    package static func print(_ document: Document) -> String {
        join(document.definitions.map(print(definition:)), "\n\n")
    }

    /// Prints a value literal, such as `{ a: [1, 2], b: $c }`.
    package static func print(_ value: ValueNode) -> String {
        switch value.kind {
        case .variable(let name): "$" + name
        case .int(let text), .float(let text), .enumValue(let text): text
        case .string(let text, let block): printString(text, block: block)
        case .boolean(let flag): flag ? "true" : "false"
        case .null: "null"
        case .list(let values):
            printList(values.map(print(_:)))
        case .object(let fields):
            printObject(fields.map { $0.name.value + ": " + print($0.value) })
        }
    }

    /// Prints a type reference, such as `[String!]!`.
    package static func print(_ type: TypeNode) -> String {
        switch type {
        case .named(let named): named.name.value
        case .list(let inner, _): "[" + print(inner) + "]"
        case .nonNull(let inner, _): print(inner) + "!"
        }
    }

    static func print(definition: Definition) -> String {
        switch definition {
        case .operation(let operation): print(operation: operation)
        case .fragment(let fragment): print(fragment: fragment)
        case .schema(let schema): print(schema: schema, extending: false)
        case .schemaExtension(let schema): print(schema: schema, extending: true)
        case .type(let type): print(type: type, extending: false)
        case .typeExtension(let type): print(type: type, extending: true)
        case .directive(let directive): print(directive: directive)
        }
    }

    // MARK: - Executable definitions

    static func print(operation: OperationDefinition) -> String {
        let variables = operation.variableDefinitions.map(print(variable:))
        let variableList = hasMultilineItems(variables)
            ? wrap("(\n", indent(join(variables, "\n")), "\n)")
            : wrap("(", join(variables, ", "), ")")
        let prefix = describe(operation.description) + join([
            operation.operation.rawValue,
            (operation.name?.value ?? "") + variableList,
            print(directives: operation.directives),
        ], " ")
        // An anonymous query with nothing but a selection set prints as the shorthand.
        return (prefix == "query" ? "" : prefix + " ") + print(selectionSet: operation.selectionSet)
    }

    static func print(variable: VariableDefinition) -> String {
        describe(variable.description)
            + "$" + variable.variable.value + ": " + print(variable.type)
            + wrap(" = ", variable.defaultValue.map(print(_:)))
            + wrap(" ", print(directives: variable.directives))
    }

    static func print(selectionSet: SelectionSet) -> String {
        block(selectionSet.selections.map(print(selection:)))
    }

    static func print(selection: Selection) -> String {
        switch selection {
        case .field(let field):
            let prefix = wrap("", field.alias?.value, ": ") + field.name.value
            return argumentLine(prefix, field.arguments.map(print(argument:)))
                + wrap(" ", print(directives: field.directives))
                + wrap(" ", field.selectionSet.map(print(selectionSet:)))
        case .fragmentSpread(let spread):
            return "..." + spread.name.value + wrap(" ", print(directives: spread.directives))
        case .inlineFragment(let fragment):
            return join([
                "...",
                wrap("on ", fragment.typeCondition?.name.value),
                print(directives: fragment.directives),
                print(selectionSet: fragment.selectionSet),
            ], " ")
        }
    }

    static func print(fragment: FragmentDefinition) -> String {
        describe(fragment.description)
            + "fragment \(fragment.name.value) on \(fragment.typeCondition.name.value) "
            + wrap("", print(directives: fragment.directives), " ")
            + print(selectionSet: fragment.selectionSet)
    }

    static func print(argument: Argument) -> String {
        argument.name.value + ": " + print(argument.value)
    }

    static func print(directives: [Directive]) -> String {
        join(directives.map { "@" + $0.name.value + wrap("(", join($0.arguments.map(print(argument:)), ", "), ")") }, " ")
    }

    // MARK: - Values

    static let maxLineLength = 80

    static func printList(_ values: [String]) -> String {
        let line = "[" + join(values, ", ") + "]"
        return line.utf16.count > maxLineLength ? "[\n" + indent(join(values, "\n")) + "\n]" : line
    }

    static func printObject(_ fields: [String]) -> String {
        if fields.isEmpty { return "{}" }
        let line = "{ " + join(fields, ", ") + " }"
        return line.utf16.count > maxLineLength ? block(fields) : line
    }

    /// A string literal: as a block string when it was written as one and a block string can
    /// hold it, else quoted with graphql-js's escapes (control characters as `\uXXXX`).
    static func printString(_ value: String, block: Bool) -> String {
        if block, BlockString.isPrintable(value) {
            return BlockString.print(value)
        }
        var result = String.UnicodeScalarView()
        result.append("\"")
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x08: result.append(contentsOf: "\\b".unicodeScalars)
            case 0x09: result.append(contentsOf: "\\t".unicodeScalars)
            case 0x0A: result.append(contentsOf: "\\n".unicodeScalars)
            case 0x0C: result.append(contentsOf: "\\f".unicodeScalars)
            case 0x0D: result.append(contentsOf: "\\r".unicodeScalars)
            case 0x22: result.append(contentsOf: "\\\"".unicodeScalars)
            case 0x5C: result.append(contentsOf: "\\\\".unicodeScalars)
            case 0x00...0x1F, 0x7F...0x9F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            default: result.append(scalar)
            }
        }
        result.append("\"")
        return String(result)
    }

    // MARK: - Layout, as graphql-js's printer composes it

    /// A description on the line before what it describes.
    static func describe(_ description: StringValueNode?) -> String {
        wrap("", description.map { printString($0.value, block: $0.block) }, "\n")
    }

    /// `prefix(a, b)`, or the arguments one per line when that line would pass 80 characters.
    static func argumentLine(_ prefix: String, _ arguments: [String]) -> String {
        let line = prefix + wrap("(", join(arguments, ", "), ")")
        guard line.utf16.count > maxLineLength else { return line }
        return prefix + wrap("(\n", indent(join(arguments, "\n")), "\n)")
    }

    /// The non-empty parts joined by `separator`.
    static func join(_ parts: [String], _ separator: String = "") -> String {
        var result = ""
        for part in parts where !part.isEmpty {
            if !result.isEmpty { result += separator }
            result += part
        }
        return result
    }

    /// `start + text + end`, or nothing when `text` is absent or empty.
    static func wrap(_ start: String, _ text: String?, _ end: String = "") -> String {
        guard let text, !text.isEmpty else { return "" }
        return start + text + end
    }

    /// The items one per line between braces, indented.
    static func block(_ items: [String]) -> String {
        wrap("{\n", indent(join(items, "\n")), "\n}")
    }

    /// `text` with two spaces before each of its lines.
    static func indent(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        var bytes: [UInt8] = [0x20, 0x20]
        bytes.reserveCapacity(text.utf8.count + 64)
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == 0x0A { bytes.append(contentsOf: [0x20, 0x20]) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func hasMultilineItems(_ items: [String]) -> Bool {
        items.contains { $0.utf8.contains(0x0A) }
    }
}
