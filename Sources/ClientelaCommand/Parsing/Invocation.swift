/// What a command line asks the tool to do, with its options checked and typed.
package enum Invocation: Sendable, Equatable {
    /// Print the help of the tool (no words), of a command, or of a group (`["schema"]`).
    case help([String])
    case version
    case serve(ServeOptions)
    case migrate(MigrateOptions)
    case schemaPrint
    case tokenCreate(TokenCreateOptions)
    case seedDemo(SeedDemoOptions)
}
