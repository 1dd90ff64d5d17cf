internal import Synchronization

/// The operation plans of one cached document, so that the document sent again (the usual case:
/// clients send the same queries over and over) skips field collection and the guards.
///
/// Kept with the document in ``DocumentCache`` and handed out with it in ``PreparedDocument``:
/// a request finds its document and its plans with one look-up of its text, and the plans go
/// when the document does. Keyed by the operation's name, then by the values of the variables
/// that decide `@skip`/`@include`; a document keeps at most ``variantsPerOperation`` condition
/// outcomes per operation, since variables can take endless values.
final class DocumentPlans: Sendable {
    /// The plans of one operation, by the values of its condition variables.
    ///
    /// Kept in short lists searched in order, not dictionaries: an operation has at most
    /// ``variantsPerOperation`` outcomes, most have one (no condition variable, so the search
    /// compares two empty arrays), and hashing the outcome was a visible share of a small query.
    struct Entry: Sendable {
        let conditionVariables: [String]
        /// The operation's variable types as the schema spells them, in definition order: built
        /// once here rather than boxed anew by every request's variable coercion.
        let variableTypes: [TypeReference]
        var plans: [Variant<OperationPlan>] = []
        /// The guard verdicts that passed, by the same condition values.
        var passedGuards: [Variant<PassedGuards>] = []

        func plan(for conditions: [Value?]) -> OperationPlan? {
            plans.first { $0.conditions == conditions }?.value
        }

        func passedGuards(for conditions: [Value?]) -> PassedGuards? {
            passedGuards.first { $0.conditions == conditions }?.value
        }
    }

    /// What one outcome of the conditions keeps.
    struct Variant<Stored: Sendable>: Sendable {
        let conditions: [Value?]
        var value: Stored
    }

    /// An operation under one outcome of its conditions stayed within these limits: its depth,
    /// field, alias and introspection counts depend on nothing else, so a later request only
    /// checks the `limit` arguments that variables give.
    struct PassedGuards: Sendable {
        let limits: ExecutionLimits
        let variableLimits: [ExecutionGuards.VariableLimit]
    }

    let variantsPerOperation = 8
    private let entries = Mutex<[String?: Entry]>([:])

    func entry(for operationName: String?) -> Entry? {
        entries.withLock { $0[operationName] }
    }

    /// Stores `plan`, unless another request already replaced `previous` with a plan of its own
    /// (both are valid; the first one in wins).
    func store(
        _ plan: OperationPlan, for operationName: String?, conditionVariables: [String], variableTypes: [TypeReference],
        conditions: [Value?], replacing previous: OperationPlan?
    ) {
        update(operationName, conditionVariables: conditionVariables, variableTypes: variableTypes) { entry in
            let index = entry.plans.firstIndex { $0.conditions == conditions }
            guard (index.map { entry.plans[$0].value }) === previous else { return }
            if let index {
                entry.plans[index].value = plan
            } else if entry.plans.count < variantsPerOperation {
                entry.plans.append(Variant(conditions: conditions, value: plan))
            }
        }
    }

    /// Remembers that the operation passed the guards under these conditions.
    func store(
        _ passed: PassedGuards, for operationName: String?, conditionVariables: [String], variableTypes: [TypeReference], conditions: [Value?]
    ) {
        update(operationName, conditionVariables: conditionVariables, variableTypes: variableTypes) { entry in
            if let index = entry.passedGuards.firstIndex(where: { $0.conditions == conditions }) {
                entry.passedGuards[index].value = passed
            } else if entry.passedGuards.count < variantsPerOperation {
                entry.passedGuards.append(Variant(conditions: conditions, value: passed))
            }
        }
    }

    private func update(
        _ operationName: String?, conditionVariables: [String], variableTypes: [TypeReference], _ change: (inout Entry) -> Void
    ) {
        entries.withLock { entries in
            var entry = entries[operationName] ?? Entry(conditionVariables: conditionVariables, variableTypes: variableTypes)
            change(&entry)
            entries[operationName] = entry
        }
    }
}
