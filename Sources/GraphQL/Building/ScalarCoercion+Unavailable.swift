extension ScalarCoercion {
    /// The coercion of a scalar that no module provided: every use fails. A schema with such a
    /// scalar never leaves the builder; this only keeps the build going so that it can report
    /// every other problem too.
    static func unavailable(_ name: String) -> ScalarCoercion {
        let error = CoercionError(unavailableMessage(name))
        return ScalarCoercion(
            serialize: { _ throws(CoercionError) in throw error },
            parseValue: { _ throws(CoercionError) in throw error },
            parseLiteral: { _ throws(CoercionError) in throw error })
    }

    /// The message of every failure of ``unavailable(_:)``, by which literal coercion recognises
    /// a scalar whose missing coercion is already reported and accepts any literal for it.
    static func unavailableMessage(_ name: String) -> String {
        "Scalar \"\(name)\" has no coercion."
    }
}
