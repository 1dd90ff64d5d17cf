/// CollectFields: the fields a selection set selects on one object type, grouped by response key
/// in document order, with fragments expanded and `@skip`/`@include` applied.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#CollectFields()
struct FieldCollector {
    let schema: Schema
    let fragments: [String: FragmentDefinition]
    let variables: OrderedObject

    /// The fields under one response key, first node first.
    struct Group {
        var responseKey: String
        var nodes: [Field]
    }

    /// Collects over several selection sets, as CollectSubfields does for the merged nodes of one
    /// response key; a fragment spread twice contributes once.
    func collect(_ selectionSets: [SelectionSet], objectType: String) -> [Group] {
        var groups: [Group] = []
        var indexByKey = KeyIndex()
        var visited: [String] = []
        for selectionSet in selectionSets {
            collect(selectionSet, objectType: objectType, into: &groups, indexByKey: &indexByKey, visited: &visited)
        }
        return groups
    }

    private func collect(
        _ selectionSet: SelectionSet,
        objectType: String,
        into groups: inout [Group],
        indexByKey: inout KeyIndex,
        visited: inout [String]
    ) {
        for selection in selectionSet.selections {
            switch selection {
            case .field(let field):
                guard Self.shouldInclude(field.directives, variables: variables) else { continue }
                let key = field.responseKey
                if let index = indexByKey.index(of: key, in: groups) {
                    groups[index].nodes.append(field)
                } else {
                    indexByKey.add(key, to: groups)
                    groups.append(Group(responseKey: key, nodes: [field]))
                }
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard !visited.contains(name), Self.shouldInclude(spread.directives, variables: variables) else { continue }
                visited.append(name)
                guard let fragment = fragments[name],
                    schema.isPossibleType(objectType, of: fragment.typeCondition.name.value)
                else { continue }
                collect(fragment.selectionSet, objectType: objectType, into: &groups, indexByKey: &indexByKey, visited: &visited)
            case .inlineFragment(let inline):
                guard Self.shouldInclude(inline.directives, variables: variables) else { continue }
                if let condition = inline.typeCondition, !schema.isPossibleType(objectType, of: condition.name.value) { continue }
                collect(inline.selectionSet, objectType: objectType, into: &groups, indexByKey: &indexByKey, visited: &visited)
            }
        }
    }

    /// Finds a response key among the groups: by a linear scan while they are few (most
    /// selection sets), by a dictionary beyond.
    struct KeyIndex {
        private var dictionary: [String: Int]? = nil
        private static let linearLimit = 12

        func index(of key: String, in groups: [Group]) -> Int? {
            if let dictionary { return dictionary[key] }
            return groups.firstIndex { $0.responseKey == key }
        }

        /// Records that `key` is about to be appended at `groups.count`.
        mutating func add(_ key: String, to groups: [Group]) {
            if dictionary == nil, groups.count >= Self.linearLimit {
                var built: [String: Int] = [:]
                for (offset, group) in groups.enumerated() { built[group.responseKey] = offset }
                dictionary = built
            }
            dictionary?[key] = groups.count
        }
    }

    /// Whether `@skip(if:)` and `@include(if:)` let a selection through. A condition that is
    /// neither a boolean literal nor a boolean variable (validation rules that out) counts as
    /// absent.
    static func shouldInclude(_ directives: [Directive], variables: OrderedObject) -> Bool {
        if directives.isEmpty { return true }
        for directive in directives {
            switch directive.name.value {
            case "skip":
                if condition(of: directive, variables: variables) == true { return false }
            case "include":
                if condition(of: directive, variables: variables) == false { return false }
            default:
                continue
            }
        }
        return true
    }

    private static func condition(of directive: Directive, variables: OrderedObject) -> Bool? {
        guard let argument = directive.arguments.first(where: { $0.name.value == "if" }) else { return nil }
        switch argument.value.kind {
        case .boolean(let flag): return flag
        case .variable(let name): return variables[name]?.boolValue
        default: return nil
        }
    }
}
