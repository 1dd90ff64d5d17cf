/// Measures an operation against ``ExecutionLimits`` before it runs: depth, fields and aliases
/// after fragment expansion, introspection nesting, and `limit` arguments.
///
/// Each fragment is measured once and its measure reused wherever it is spread, so a "fragment
/// bomb" (each fragment spreading the previous one several times) costs time linear in the
/// document while its counts grow exponentially; counts saturate instead of overflowing.
/// `@skip` and `@include` are applied, since variables are known by now.
struct ExecutionGuards {
    let limits: ExecutionLimits
    let fragments: [String: FragmentDefinition]
    let variables: OrderedObject
    let source: Source?

    /// What a selection set adds up to once every fragment is expanded.
    struct Measure {
        var fields = 0
        var aliases = 0
        var depth = 0
        /// The nesting of introspection list fields (`fields`, `inputFields`, `interfaces`,
        /// `possibleTypes`) along the deepest path.
        var listNesting = 0
        /// The deepest such nesting found below a `__schema` or `__type` field.
        var introspectionDepth = 0

        mutating func add(_ other: Measure) {
            fields = Self.saturatingSum(fields, other.fields)
            aliases = Self.saturatingSum(aliases, other.aliases)
            depth = max(depth, other.depth)
            listNesting = max(listNesting, other.listNesting)
            introspectionDepth = max(introspectionDepth, other.introspectionDepth)
        }

        static func saturatingSum(_ a: Int, _ b: Int) -> Int {
            let (sum, overflow) = a.addingReportingOverflow(b)
            return overflow ? .max : sum
        }
    }

    /// A `limit` argument given by a variable: the one part of the verdict that a later request
    /// of the same document, under the same `@skip`/`@include` outcome, must check again.
    struct VariableLimit: Sendable {
        let variable: String
        let fieldName: String
        let location: Location
    }

    private var fragmentMeasures: [String: Measure] = [:]
    private var fragmentsInProgress: Set<String> = []
    private var limitErrors: [GraphQLError] = []
    /// Every `limit` argument met that holds a variable, whatever its value this time.
    private(set) var variableLimits: [VariableLimit] = []

    init(limits: ExecutionLimits, fragments: [String: FragmentDefinition], variables: OrderedObject, source: Source?) {
        self.limits = limits
        self.fragments = fragments
        self.variables = variables
        self.source = source
    }

    /// The QUERY_TOO_COMPLEX errors of the operation; empty when it stays within every limit.
    mutating func check(_ operation: OperationDefinition) -> [GraphQLError] {
        let measure = self.measure(operation.selectionSet)
        var errors: [GraphQLError] = []
        func refuse(_ message: String, value: Int, limit: Int) {
            errors.append(GraphQLError(message, code: .queryTooComplex, extensions: ["limit": .int(limit), "value": .int(value)]))
        }
        if measure.depth > limits.maxDepth {
            refuse("Query depth \(measure.depth) exceeds the limit of \(limits.maxDepth).", value: measure.depth, limit: limits.maxDepth)
        }
        if measure.fields > limits.maxFields {
            refuse("Query field count \(Self.count(measure.fields)) exceeds the limit of \(limits.maxFields).", value: measure.fields, limit: limits.maxFields)
        }
        if measure.aliases > limits.maxAliases {
            refuse("Query alias count \(Self.count(measure.aliases)) exceeds the limit of \(limits.maxAliases).", value: measure.aliases, limit: limits.maxAliases)
        }
        if measure.introspectionDepth > limits.maxIntrospectionDepth {
            refuse(
                "Introspection depth \(measure.introspectionDepth) exceeds the limit of \(limits.maxIntrospectionDepth).",
                value: measure.introspectionDepth, limit: limits.maxIntrospectionDepth)
        }
        return errors + limitErrors
    }

    private static func count(_ value: Int) -> String {
        value == .max ? "more than \(Int.max)" : String(value)
    }

    private static let introspectionListFields: Set<String> = ["fields", "inputFields", "interfaces", "possibleTypes"]

    private mutating func measure(_ selectionSet: SelectionSet) -> Measure {
        var visited: Set<String> = []
        return measure(selectionSet, visited: &visited)
    }

    /// `visited` holds the fragments already spread in this selection set (inline fragments
    /// included), which CollectFields would not expand twice.
    private mutating func measure(_ selectionSet: SelectionSet, visited: inout Set<String>) -> Measure {
        var total = Measure()
        for selection in selectionSet.selections {
            guard FieldCollector.shouldInclude(selection.directives, variables: variables) else { continue }
            switch selection {
            case .field(let field):
                checkListLimit(field)
                let child = field.selectionSet.map { measure($0) } ?? Measure()
                var own = Measure()
                own.fields = Measure.saturatingSum(1, child.fields)
                own.aliases = Measure.saturatingSum(field.alias == nil ? 0 : 1, child.aliases)
                own.depth = child.depth + 1
                let name = field.name.value
                own.listNesting = child.listNesting + (Self.introspectionListFields.contains(name) ? 1 : 0)
                own.introspectionDepth = child.introspectionDepth
                if name == "__schema" || name == "__type" {
                    own.introspectionDepth = max(own.introspectionDepth, child.listNesting)
                }
                total.add(own)
            case .fragmentSpread(let spread):
                let name = spread.name.value
                guard visited.insert(name).inserted else { continue }
                total.add(measureFragment(name))
            case .inlineFragment(let inline):
                total.add(measure(inline.selectionSet, visited: &visited))
            }
        }
        return total
    }

    private mutating func measureFragment(_ name: String) -> Measure {
        if let known = fragmentMeasures[name] { return known }
        // A cycle (which validation refuses) or an unknown fragment adds nothing.
        guard let fragment = fragments[name], fragmentsInProgress.insert(name).inserted else { return Measure() }
        let result = measure(fragment.selectionSet)
        fragmentsInProgress.remove(name)
        fragmentMeasures[name] = result
        return result
    }

    /// Refuses an argument named `limit` above ``ExecutionLimits/maxListLimit``, given as a
    /// literal or a variable. Each field node is visited once, since fragments are measured once.
    private mutating func checkListLimit(_ field: Field) {
        guard let argument = field.arguments.first(where: { $0.name.value == "limit" }) else { return }
        switch argument.value.kind {
        case .int(let text):
            if let error = Self.refusal(limit: Int(text) ?? .max, fieldName: field.name.value, at: argument.location, limits: limits, source: source) {
                limitErrors.append(error)
            }
        case .variable(let name):
            let reference = VariableLimit(variable: name, fieldName: field.name.value, location: argument.location)
            variableLimits.append(reference)
            limitErrors += Self.check([reference], variables: variables, limits: limits, source: source)
        default:
            break
        }
    }

    /// The refusals of the `limit` arguments given by variables, for a request whose document
    /// and conditions passed every other guard before (see ``DocumentPlans``).
    static func check(_ references: [VariableLimit], variables: OrderedObject, limits: ExecutionLimits, source: Source?) -> [GraphQLError] {
        references.compactMap { reference in
            variables[reference.variable]?.intValue.flatMap {
                refusal(limit: $0, fieldName: reference.fieldName, at: reference.location, limits: limits, source: source)
            }
        }
    }

    private static func refusal(limit value: Int, fieldName: String, at location: Location, limits: ExecutionLimits, source: Source?) -> GraphQLError? {
        guard value > limits.maxListLimit else { return nil }
        return GraphQLError(
            "Argument \"limit\" of field \"\(fieldName)\" is \(value), which exceeds the limit of \(limits.maxListLimit).",
            locations: source.map { [$0.location(of: location)] } ?? [], code: .queryTooComplex,
            extensions: ["limit": .int(limits.maxListLimit), "value": .int(value)])
    }
}
