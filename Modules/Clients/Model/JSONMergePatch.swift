package import GraphQL

/// JSON Merge Patch (RFC 7396) over the engine's ``Value``.
///
/// A patch that is an object is merged key by key: `null` removes the key, an object merges
/// into the target's value under that key (recursively), anything else replaces it; a patch that
/// is not an object replaces the whole target. Keys already in the target keep their place and
/// new keys are appended, in the patch's order, so a merged object reads in a stable order.
///
/// - SeeAlso: https://www.rfc-editor.org/rfc/rfc7396#section-2
package enum JSONMergePatch {
    /// The result of applying `patch` to `target`.
    package static func apply(_ patch: Value, to target: Value) -> Value {
        guard case .object(let patchObject) = patch else { return patch }
        var result = target.objectValue ?? OrderedObject()
        for entry in patchObject {
            if entry.value.isNull {
                result[entry.key] = nil
            } else {
                result[entry.key] = apply(entry.value, to: result[entry.key] ?? .null)
            }
        }
        return .object(result)
    }
}
