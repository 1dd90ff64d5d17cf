/// Two fields (or two sets of fields) that cannot be merged into one response entry.
///
/// The shape follows graphql-js's conflict triple so that messages and locations match it: the
/// reason names the response key and why it conflicts, and the two location lists start with the
/// two top-level fields, followed by the nested fields that caused a subfield conflict.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
struct FieldConflict: Sendable, Hashable {
    var reason: FieldConflictReason
    /// The first field, then the fields of its sub-selections involved in the conflict.
    var fields1: [Location]
    /// The second field, then the fields of its sub-selections involved in the conflict.
    var fields2: [Location]

    /// graphql-js's message: `Fields "x" conflict because … Use different aliases …`.
    var message: String {
        "Fields \"\(reason.responseName)\" conflict because \(reason.kind.explanation). "
            + "Use different aliases on the fields to fetch both if this was intentional."
    }

    /// Every node of the conflict in report order: the first side, then the second.
    var locations: [Location] { fields1 + fields2 }
}

/// Why two fields with one response name cannot be merged.
struct FieldConflictReason: Sendable, Hashable {
    var responseName: String
    var kind: Kind

    indirect enum Kind: Sendable, Hashable {
        /// Both fields are selected under one parent but name different schema fields.
        case differentFields(String, String)
        /// Both fields name the same schema field with different arguments.
        case differingArguments
        /// The fields' types cannot give one response shape (list, non-null or leaf mismatch).
        case conflictingTypes(TypeReference, TypeReference)
        /// The fields agree, but fields of their sub-selections do not.
        case subfields([FieldConflictReason])

        /// The clause that follows "conflict because", worded as graphql-js words it.
        var explanation: String {
            switch self {
            case .differentFields(let name1, let name2):
                "\"\(name1)\" and \"\(name2)\" are different fields"
            case .differingArguments:
                "they have differing arguments"
            case .conflictingTypes(let type1, let type2):
                "they return conflicting types \"\(type1)\" and \"\(type2)\""
            case .subfields(let reasons):
                reasons.map { "subfields \"\($0.responseName)\" conflict because \($0.kind.explanation)" }
                    .joined(separator: " and ")
            }
        }
    }
}
