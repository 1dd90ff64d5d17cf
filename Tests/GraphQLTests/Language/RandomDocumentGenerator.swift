import GraphQL

/// SplitMix64: a small, seeded, reproducible random number generator for property tests.
struct SeededRandomNumberGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Builds random but grammatical ASTs, executable or type-system, for the print → parse property:
/// every node form, every literal form, awkward strings, keywords used as names where the grammar
/// allows it. Block strings are generated only in the forms a block string can hold, so that the
/// printed document reads back as the very same AST.
struct RandomDocumentGenerator {
    private var random: SeededRandomNumberGenerator
    private var depth = 0
    private let maxDepth = 4

    init(seed: UInt64) {
        random = SeededRandomNumberGenerator(seed: seed)
    }

    // MARK: - Documents

    mutating func executableDocument() -> Document {
        Document(definitions: (0..<int(1...4)).map { _ in
            chance(0.7) ? .operation(operation()) : .fragment(fragment())
        })
    }

    mutating func typeSystemDocument() -> Document {
        Document(definitions: (0..<int(1...6)).map { _ in typeSystemDefinition() })
    }

    // MARK: - Executable definitions

    private mutating func operation() -> OperationDefinition {
        let operation = pick(OperationType.allCases)
        return OperationDefinition(
            description: chance(0.2) ? description() : nil,
            operation: operation,
            name: chance(0.6) ? Name(name()) : nil,
            variableDefinitions: list(0...3) { $0.variableDefinition() },
            directives: directives(isConst: false),
            selectionSet: selectionSet()
        )
    }

    private mutating func variableDefinition() -> VariableDefinition {
        VariableDefinition(
            description: chance(0.2) ? description() : nil,
            variable: Name(name()),
            type: type(),
            defaultValue: chance(0.4) ? value(isConst: true) : nil,
            directives: directives(isConst: true)
        )
    }

    private mutating func fragment() -> FragmentDefinition {
        FragmentDefinition(
            description: chance(0.2) ? description() : nil,
            name: Name(fragmentName()),
            typeCondition: NamedTypeNode(name: Name(name())),
            directives: directives(isConst: false),
            selectionSet: selectionSet()
        )
    }

    private mutating func selectionSet() -> SelectionSet {
        depth += 1
        defer { depth -= 1 }
        return SelectionSet(selections: list(1...4) { $0.selection() })
    }

    private mutating func selection() -> Selection {
        switch int(0...9) {
        case 0...5:
            return .field(Field(
                alias: chance(0.3) ? Name(name()) : nil,
                name: Name(name()),
                arguments: arguments(isConst: false),
                directives: directives(isConst: false),
                selectionSet: depth < maxDepth && chance(0.4) ? selectionSet() : nil
            ))
        case 6...7:
            return .fragmentSpread(FragmentSpread(name: Name(fragmentName()), directives: directives(isConst: false)))
        default:
            return .inlineFragment(InlineFragment(
                typeCondition: chance(0.6) ? NamedTypeNode(name: Name(name())) : nil,
                directives: directives(isConst: false),
                selectionSet: depth < maxDepth ? selectionSet() : SelectionSet(selections: [.field(Field(name: Name(name())))])
            ))
        }
    }

    private mutating func arguments(isConst: Bool) -> [Argument] {
        chance(0.5) ? list(1...3) { Argument(name: Name($0.name()), value: $0.value(isConst: isConst)) } : []
    }

    private mutating func directives(isConst: Bool) -> [Directive] {
        chance(0.7) ? [] : list(1...2) { Directive(name: Name($0.name()), arguments: $0.arguments(isConst: isConst)) }
    }

    // MARK: - Type-system definitions

    private mutating func typeSystemDefinition() -> Definition {
        switch int(0...9) {
        case 0: return .schema(schema(isExtension: false))
        case 1: return .schemaExtension(schema(isExtension: true))
        case 2...5: return .type(typeDefinition(isExtension: false))
        case 6...7: return .typeExtension(typeDefinition(isExtension: true))
        default:
            return .directive(DirectiveDefinitionNode(
                description: chance(0.4) ? description() : nil,
                name: Name(name()),
                arguments: chance(0.5) ? list(1...3) { $0.inputValue() } : [],
                isRepeatable: chance(0.3),
                locations: list(1...3) { Name($0.pick(DirectiveLocation.allCases).rawValue) }
            ))
        }
    }

    private mutating func schema(isExtension: Bool) -> SchemaDefinitionNode {
        var directives = directives(isConst: true)
        let operationTypes = isExtension && chance(0.3) ? [] : list(1...3) {
            OperationTypeDefinitionNode(operation: $0.pick(OperationType.allCases), type: NamedTypeNode(name: Name($0.name())))
        }
        if isExtension, operationTypes.isEmpty, directives.isEmpty { directives = [Directive(name: Name(name()))] }
        return SchemaDefinitionNode(
            description: !isExtension && chance(0.4) ? description() : nil,
            directives: directives,
            operationTypes: operationTypes
        )
    }

    /// A type definition, or an extension: no description, and never empty.
    private mutating func typeDefinition(isExtension: Bool) -> TypeDefinitionNode {
        let description = !isExtension && chance(0.4) ? description() : nil
        let name = Name(name())
        var directives = directives(isConst: true)
        let mustAdd = isExtension && directives.isEmpty
        switch int(0...5) {
        case 0:
            if mustAdd { directives = [Directive(name: Name(self.name()))] }
            return .scalar(ScalarTypeDefinitionNode(description: description, name: name, directives: directives))
        case 1, 2:
            let interfaces = chance(0.4) ? list(1...3) { NamedTypeNode(name: Name($0.name())) } : []
            let fields = mustAdd && interfaces.isEmpty || chance(0.8) ? list(1...4) { $0.fieldDefinition() } : []
            if int(1...2) == 1 {
                return .object(ObjectTypeDefinitionNode(
                    description: description, name: name, interfaces: interfaces, directives: directives, fields: fields
                ))
            }
            return .interface(InterfaceTypeDefinitionNode(
                description: description, name: name, interfaces: interfaces, directives: directives, fields: fields
            ))
        case 3:
            let types = mustAdd || chance(0.8) ? list(1...3) { NamedTypeNode(name: Name($0.name())) } : []
            return .union(UnionTypeDefinitionNode(description: description, name: name, directives: directives, types: types))
        case 4:
            let values = mustAdd || chance(0.8) ? list(1...4) {
                EnumValueDefinitionNode(
                    description: $0.chance(0.3) ? $0.description() : nil,
                    name: Name($0.enumValueName()),
                    directives: $0.directives(isConst: true)
                )
            } : []
            return .enumeration(EnumTypeDefinitionNode(description: description, name: name, directives: directives, values: values))
        default:
            let fields = mustAdd || chance(0.8) ? list(1...4) { $0.inputValue() } : []
            return .inputObject(InputObjectTypeDefinitionNode(description: description, name: name, directives: directives, fields: fields))
        }
    }

    private mutating func fieldDefinition() -> FieldDefinitionNode {
        FieldDefinitionNode(
            description: chance(0.3) ? description() : nil,
            name: Name(name()),
            arguments: chance(0.4) ? list(1...3) { $0.inputValue() } : [],
            type: type(),
            directives: directives(isConst: true)
        )
    }

    private mutating func inputValue() -> InputValueDefinitionNode {
        InputValueDefinitionNode(
            description: chance(0.3) ? description() : nil,
            name: Name(name()),
            type: type(),
            defaultValue: chance(0.4) ? value(isConst: true) : nil,
            directives: directives(isConst: true)
        )
    }

    // MARK: - Types and values

    /// A type reference; never `T!!`, which the grammar has no form for.
    private mutating func type(allowNonNull: Bool = true) -> TypeNode {
        depth += 1
        defer { depth -= 1 }
        if allowNonNull, chance(0.4) {
            return .nonNull(type(allowNonNull: false), location: .synthetic)
        }
        if depth < maxDepth, chance(0.3) {
            return .list(type(), location: .synthetic)
        }
        return .named(NamedTypeNode(name: Name(name())))
    }

    private mutating func value(isConst: Bool) -> ValueNode {
        depth += 1
        defer { depth -= 1 }
        let container = depth < maxDepth && chance(0.25)
        switch int(container ? 0...1 : 2...10) {
        case 0: return ValueNode(.list(list(0...3) { $0.value(isConst: isConst) }))
        case 1: return ValueNode(.object(list(0...3) { ObjectFieldNode(name: Name($0.name()), value: $0.value(isConst: isConst)) }))
        case 2: return ValueNode(.int(intText()))
        case 3: return ValueNode(.float(floatText()))
        case 4: return ValueNode(.string(quotedText(), block: false))
        case 5: return ValueNode(.string(blockText(), block: true))
        case 6: return ValueNode(.boolean(chance(0.5)))
        case 7: return ValueNode(.null)
        case 8: return ValueNode(.enumValue(enumValueName()))
        default: return isConst ? ValueNode(.int("0")) : ValueNode(.variable(name()))
        }
    }

    private mutating func description() -> StringValueNode {
        chance(0.5) ? StringValueNode(quotedText(), block: false) : StringValueNode(blockText(), block: true)
    }

    // MARK: - Lexical pieces

    private static let nameStarts = Array("_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    private static let nameContinues = nameStarts + Array("0123456789")
    /// Keywords are ordinary names wherever a name is expected.
    private static let keywords = [
        "query", "mutation", "subscription", "fragment", "on", "type", "schema", "extend", "scalar",
        "interface", "union", "enum", "input", "directive", "implements", "repeatable", "true", "false", "null",
    ]

    private mutating func name() -> String {
        if chance(0.1) { return pick(Self.keywords) }
        var text = String(pick(Self.nameStarts))
        for _ in 0..<int(0...7) { text.append(pick(Self.nameContinues)) }
        return text
    }

    /// A fragment's name: any name but `on`.
    private mutating func fragmentName() -> String {
        let candidate = name()
        return candidate == "on" ? "notOn" : candidate
    }

    /// An enum value: any name but `true`, `false` and `null`.
    private mutating func enumValueName() -> String {
        let candidate = name()
        return ["true", "false", "null"].contains(candidate) ? candidate.uppercased() : candidate
    }

    private mutating func intText() -> String {
        switch int(0...3) {
        case 0: "0"
        case 1: "-0"
        case 2: String(Int.random(in: -1_000_000...1_000_000, using: &random))
        default: String(UInt64.random(in: 0...UInt64.max, using: &random)) + "9"
        }
    }

    private mutating func floatText() -> String {
        var text = intText()
        let fraction = chance(0.6)
        if fraction { text += "." + String(int(0...99_999)) }
        if !fraction || chance(0.4) {
            text += pick(["e", "E"]) + pick(["", "+", "-"]) + String(int(0...308))
        }
        return text
    }

    /// Characters that stress escaping: quotes, backslashes, control characters, C1 controls,
    /// non-ASCII, characters outside the BMP, a byte order mark, a combining mark.
    private static let awkward: [Unicode.Scalar] = [
        "\"", "\\", "/", "\u{0}", "\u{1}", "\u{8}", "\t", "\n", "\u{B}", "\u{C}", "\r", "\u{1F}", "\u{7F}",
        "\u{85}", "\u{9F}", "é", "中", "😀", "\u{10FFFF}", "\u{FEFF}", "\u{2028}", "\u{301}", "#", "$", "{", "}",
    ]

    private mutating func quotedText() -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<int(0...12) {
            scalars.append(chance(0.3) ? pick(Self.awkward) : pick(Self.nameContinues + [" "]).unicodeScalars.first!)
        }
        return String(scalars)
    }

    /// A value a block string can hold: no control characters but tab and newline, a first line
    /// that starts with a visible character, a last line that is not blank; inner lines may be
    /// indented, blank, or contain quotes, `"""` and backslashes.
    private mutating func blockText() -> String {
        let visible: [String] = Self.nameContinues.map(String.init) + ["\"", "\"\"\"", "\\", "é", "😀", "#", "\u{301}", "\u{FEFF}"]
        func line(_ generator: inout RandomDocumentGenerator, visibleStart: Bool) -> String {
            var text = visibleStart ? "x" : ""
            for _ in 0..<generator.int(0...10) {
                text += generator.chance(0.2) ? generator.pick([" ", "\t"]) : generator.pick(visible)
            }
            return text + (visibleStart ? "" : generator.pick(["", " "]))
        }
        var lines = [line(&self, visibleStart: true)]
        for _ in 0..<int(0...3) {
            let indent = String(repeating: pick([" ", "\t", "  "]), count: int(0...3))
            lines.append(chance(0.2) ? indent : indent + line(&self, visibleStart: true))
        }
        if lines.count > 1, lines[lines.count - 1].allSatisfy({ $0 == " " || $0 == "\t" }) {
            lines[lines.count - 1] += "end"
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Randomness

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &random)
    }

    private mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &random) < probability
    }

    private mutating func pick<Element>(_ items: [Element]) -> Element {
        items[int(0...(items.count - 1))]
    }

    private mutating func list<Element>(_ count: ClosedRange<Int>, _ make: (inout RandomDocumentGenerator) -> Element) -> [Element] {
        (0..<int(count)).map { _ in make(&self) }
    }
}
