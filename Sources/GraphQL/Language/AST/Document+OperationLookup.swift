extension Document {
    /// What GetOperation() finds for an operation name: the operation's place in
    /// ``definitions``, or why there is none to choose.
    ///
    /// - SeeAlso: https://spec.graphql.org/September2025/#GetOperation()
    package enum OperationLookup: Sendable, Hashable {
        case found(index: Int)
        /// A name was given and no operation has it.
        case unknownName
        /// No name was given and the document has several operations.
        case ambiguous
        /// No name was given and the document has no operation.
        case noOperation
    }

    /// Finds the operation GetOperation() would choose for `operationName`, by position.
    ///
    /// Every request asks this, twice (the gateway, then the engine), so it looks at each
    /// definition in place: walking `definitions` with `for case .operation(let operation) in`
    /// copied every definition out of the array (an enum as large as its largest node, with a
    /// retain per array and string inside), which cost more than the rest of the lookup.
    package func lookUpOperation(named operationName: String?) -> OperationLookup {
        if let operationName {
            for index in definitions.indices where definitions[index].isOperation(named: operationName) {
                return .found(index: index)
            }
            return .unknownName
        }
        var only: Int?
        for index in definitions.indices where definitions[index].isOperation {
            guard only == nil else { return .ambiguous }
            only = index
        }
        return only.map { .found(index: $0) } ?? .noOperation
    }

    /// The type and name of the operation GetOperation() would choose for `operationName`, nil
    /// when there is none to choose (no such name; several operations and no name; none at
    /// all); execution reports why. All a host reads before execution (to refuse a mutation sent
    /// over GET, to log the operation's name), without a copy of the operation: a copy retained
    /// and released each of its arrays and strings on every request.
    package func operationHeading(named operationName: String?) -> (type: OperationType, name: String?)? {
        guard case .found(let index) = lookUpOperation(named: operationName) else { return nil }
        return definitions[index].operationHeading
    }
}

extension Definition {
    fileprivate var operationHeading: (type: OperationType, name: String?)? {
        if case .operation(let operation) = self { (operation.operation, operation.name?.value) } else { nil }
    }

    /// Reads the case only, so that asking copies nothing out of the enum.
    fileprivate var isOperation: Bool {
        if case .operation = self { true } else { false }
    }

    fileprivate func isOperation(named name: String) -> Bool {
        if case .operation(let operation) = self { operation.name?.value == name } else { false }
    }
}
