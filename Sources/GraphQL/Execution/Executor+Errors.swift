/// Field errors: recorded with their path and locations, then propagated as nulls.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Handling-Execution-Errors
extension Executor {
    func sourceLocations(_ location: Location) -> [SourceLocation] {
        source.map { [$0.location(of: location)] } ?? []
    }

    /// Records a field error at `slot` and nulls it, propagating to the nearest nullable parent.
    mutating func report(
        _ message: String,
        code: ErrorCode?,
        extensions: [String: Value] = [:],
        at slot: Int,
        field: PlannedField,
        locations: [SourceLocation]? = nil
    ) {
        errors.append(GraphQLError(
            message, locations: locations ?? field.locations(in: source), path: tree.path(of: slot), code: code, extensions: extensions))
        tree.propagateNull(from: slot)
        hasNulled = true
    }

    /// Records what a resolver threw: a ``ResolverError`` or ``GraphQLError`` as it says, anything
    /// else as an internal error whose text never reaches the caller.
    mutating func reportThrown(_ error: any Error, at slot: Int, field: PlannedField) {
        if hasNulled, tree.isUnderNull(slot) { return }
        switch error {
        case let error as ResolverError:
            report(error.message, code: error.code, extensions: error.extensions, at: slot, field: field)
        case let error as GraphQLError:
            var located = error
            if located.locations.isEmpty { located.locations = field.locations(in: source) }
            if located.path == nil { located.path = tree.path(of: slot) }
            errors.append(located)
            tree.propagateNull(from: slot)
            hasNulled = true
        default:
            reportInternal(error, message: "Internal server error", at: slot, field: field)
        }
    }

    /// Records a defect (a resolver's unexpected error, a value of the wrong shape): the hook
    /// sees the real error and may add `extensions` such as a request id.
    mutating func reportInternal(_ error: any Error, message: String, at slot: Int, field: PlannedField) {
        let path = tree.path(of: slot)
        let extra = onInternalError?(InternalErrorReport(error: error, coordinate: field.coordinate, path: path, context: context)) ?? [:]
        errors.append(GraphQLError(message, locations: field.locations(in: source), path: path, code: .internalServerError, extensions: extra))
        tree.propagateNull(from: slot)
        hasNulled = true
    }
}
