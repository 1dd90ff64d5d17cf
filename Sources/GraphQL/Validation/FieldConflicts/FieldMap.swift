/// The fields a selection set contributes to one response object, grouped by response name, with
/// the named fragments it spreads listed apart.
///
/// Inline fragments are flattened into the map, each field keeping the parent type it was
/// selected on. Named fragment spreads are not expanded: the finder compares them by name, so
/// that each pair of fragments is compared once however often it is spread.
///
/// Fields that are written identically on the same parent type (`{ a a a }`) are kept as one
/// ``FieldVariant``: they can only conflict with others the way their first occurrence does, so
/// comparing each copy again would only repeat the same finding (and turn thousands of repeated
/// fields into millions of comparisons).
struct FieldMap: Sendable {
    /// Response names in order of first appearance.
    var groups: [FieldGroup]
    /// Index into ``groups`` by response name.
    var groupIndex: [String: Int]
    /// The names of the fragments spread, each once, in order of first appearance.
    var fragmentNames: [String]

    /// Collects the fields of `selectionSet` selected on `parentType` (nil when unknown).
    init(collecting selectionSet: SelectionSet, parentType: NamedType?, schema: Schema) {
        var collector = Collector(schema: schema)
        collector.collect(selectionSet, parentType: parentType)
        fragmentNames = collector.fragmentNames
        groups = collector.responseNames.map { responseName in
            FieldGroup(responseName: responseName, fields: collector.fieldsByResponseName[responseName] ?? [])
        }
        groupIndex = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($0.element.responseName, $0.offset) })
    }

    /// The distinct fields with the given response name; empty when none.
    func variants(named responseName: String) -> [FieldVariant] {
        groupIndex[responseName].map { groups[$0].variants } ?? []
    }
}

/// The fields of one response name in a ``FieldMap``, identical copies merged.
struct FieldGroup: Sendable {
    var responseName: String
    var variants: [FieldVariant]

    init(responseName: String, fields: [CollectedField]) {
        self.responseName = responseName
        guard fields.count > 1 else {
            variants = fields.map { FieldVariant(field: $0) }
            return
        }
        var variants: [FieldVariant] = []
        var indexByKey: [FieldVariant.Key: Int] = [:]
        for field in fields {
            let key = FieldVariant.Key(parentTypeName: field.parentTypeName, node: field.node)
            if let index = indexByKey[key] {
                if variants[index].repeated == nil { variants[index].repeated = field }
            } else {
                indexByKey[key] = variants.count
                variants.append(FieldVariant(field: field))
            }
        }
        self.variants = variants
    }
}

/// One distinct field of a response name: its first occurrence and, when it is written again
/// identically on the same parent type, its second occurrence.
///
/// The second occurrence is compared with the first once: identical fields never differ in
/// name, arguments or type, but their sub-selections may hold conflicts between each other's
/// fields (`{ a { x: b x: c } a { x: b x: c } }`), which graphql-js reports on the pair.
struct FieldVariant: Sendable {
    var field: CollectedField
    var repeated: CollectedField?

    /// What makes two occurrences the same field: the parent type and the field as written,
    /// locations aside (AST nodes compare without them).
    struct Key: Hashable, Sendable {
        var parentTypeName: String?
        var node: Field
    }
}

/// A field as written, with the parent type it was selected on and its type in the schema.
struct CollectedField: Sendable {
    /// The type the field was selected on; nil when the type is not in the schema.
    var parentTypeName: String?
    /// Whether the parent is an object type, which makes fields on distinct parents exclusive.
    var parentIsObject: Bool
    var node: Field
    /// The field's type from its definition; nil for unknown fields and meta-fields.
    var type: TypeReference?
}

/// Walks a selection set and its inline fragments, gathering fields by response name.
private struct Collector {
    let schema: Schema
    var responseNames: [String] = []
    var fieldsByResponseName: [String: [CollectedField]] = [:]
    var fragmentNames: [String] = []
    var seenFragments: Set<String> = []

    init(schema: Schema) {
        self.schema = schema
    }

    mutating func collect(_ selectionSet: SelectionSet, parentType: NamedType?) {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let node):
                let field = CollectedField(
                    parentTypeName: parentType?.name,
                    parentIsObject: parentType?.kind == .object,
                    node: node,
                    type: parentType?.field(named: node.name.value)?.type
                )
                let responseName = node.responseKey
                if fieldsByResponseName[responseName, default: []].isEmpty {
                    responseNames.append(responseName)
                }
                fieldsByResponseName[responseName, default: []].append(field)
            case .fragmentSpread(let spread):
                if seenFragments.insert(spread.name.value).inserted {
                    fragmentNames.append(spread.name.value)
                }
            case .inlineFragment(let fragment):
                let type = fragment.typeCondition.map { schema.type(named: $0.name.value) } ?? parentType
                collect(fragment.selectionSet, parentType: type)
            }
        }
    }
}
