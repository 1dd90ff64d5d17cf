/// Where one selection group's object plans are, by runtime type: indices into the plans of an
/// ``OperationPlan`` (and of the ``ResultTree`` that names its objects' plans by them).
///
/// The first type is kept inline, since a group under an object field only ever sees one; a group
/// under an abstract field lists its other types. Indexed by group id rather than hashed by
/// (group, type name): the hashing was about 1.5% of a small query's time.
struct GroupPlans: Sendable {
    struct Typed: Sendable {
        var typeName: String
        var plan: Int32
    }

    var firstType: String?
    var firstPlan: Int32 = -1
    var others: [Typed] = []

    func plan(for typeName: String) -> Int32? {
        if firstType == typeName { return firstPlan }
        return others.first { $0.typeName == typeName }?.plan
    }

    mutating func add(_ typeName: String, plan: Int32) {
        if firstType == nil {
            firstType = typeName
            firstPlan = plan
        } else {
            others.append(Typed(typeName: typeName, plan: plan))
        }
    }
}
