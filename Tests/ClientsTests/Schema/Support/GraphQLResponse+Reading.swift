import GraphQL

extension GraphQLResponse {
    /// The value at a path of keys below `data`, nil when any step is missing.
    func value(_ keys: String...) -> Value? {
        var current = data
        for key in keys { current = current?.objectValue?[key] }
        return current
    }

    /// The string at a path below `data`.
    func string(_ keys: String...) -> String? {
        var current = data
        for key in keys { current = current?.objectValue?[key] }
        return current?.stringValue
    }

    /// The only error of the response, nil when there is none or more than one.
    var onlyError: GraphQLError? { errors.count == 1 ? errors[0] : nil }

    /// The only error's code as text.
    var errorCode: String? { onlyError?.code?.rawValue }

    /// The only error's `extensions.field`.
    var errorField: String? { onlyError?.extensions["field"]?.stringValue }

    /// The response as JSON text, for byte comparisons and readable failures.
    var json: String { String(decoding: jsonBytes(), as: UTF8.self) }
}
