import Gateway
import GraphQL

/// `clientela schema print`: the composed schema as SDL on standard output.
enum SchemaPrintCommand {
    static func run(console: any Console) -> ExitCode {
        do {
            let text = SchemaPrinter.print(try ClientelaSchema.build())
            console.write(text.hasSuffix("\n") ? text : text + "\n", to: .output)
            return .success
        } catch {
            // The SDL is compiled in, so this is a defect of the build, not of the user's input.
            console.errorLine("clientela: this build's schema does not build: \(error)")
            return .failure
        }
    }
}
