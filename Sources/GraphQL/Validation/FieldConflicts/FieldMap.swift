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
    init(collecting selectionSet: SelectionSet, parentType: NamedType?, types: [String: NamedType]) {
        var collector = Collector(types: types)
        collector.collect(selectionSet, parentType: parentType)
        fragmentNames = collector.fragmentNames
        groupIndex = collector.groupIndex
        groups = collector.fields.enumerated().map { index, fields in
            FieldGroup(responseName: collector.responseNames[index], fields: fields)
        }
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
        if fields.count == 1 {
            variants = [FieldVariant(field: fields[0])]
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
    ///
    /// The hash is computed once: sets probe by comparing keys, and comparing two large fields
    /// that differ deep inside is slow, so keys with different hashes are told apart first.
    struct Key: Hashable, Sendable {
        let parentTypeName: String?
        let node: Field
        private let hash: Int

        init(parentTypeName: String?, node: Field) {
            self.parentTypeName = parentTypeName
            self.node = node
            var hasher = Hasher()
            hasher.combine(parentTypeName)
            hasher.combine(node)
            self.hash = hasher.finalize()
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.hash == rhs.hash && lhs.parentTypeName == rhs.parentTypeName && lhs.node == rhs.node
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(hash)
        }
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
    let types: [String: NamedType]
    /// Response names in order of first appearance, and the fields of each.
    var responseNames: [String] = []
    var fields: [[CollectedField]] = []
    var groupIndex: [String: Int] = [:]
    var fragmentNames: [String] = []
    var seenFragments: Set<String> = []

    init(types: [String: NamedType]) {
        self.types = types
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
                if let index = groupIndex[responseName] {
                    fields[index].append(field)
                } else {
                    groupIndex[responseName] = fields.count
                    responseNames.append(responseName)
                    fields.append([field])
                }
            case .fragmentSpread(let spread):
                if seenFragments.insert(spread.name.value).inserted {
                    fragmentNames.append(spread.name.value)
                }
            case .inlineFragment(let fragment):
                let type = fragment.typeCondition.map { types[$0.name.value] } ?? parentType
                collect(fragment.selectionSet, parentType: type)
            }
        }
    }
}
