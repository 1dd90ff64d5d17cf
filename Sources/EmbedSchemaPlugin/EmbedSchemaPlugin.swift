import Foundation
import PackagePlugin

/// Compiles a target's SDL file from `schema/` into the target as a Swift string constant.
///
/// The SDL in `schema/` is the contract frontend teams read, and the running binary must serve
/// exactly that schema without looking for files at run time (a binary copied elsewhere, or
/// started from another working directory, still carries its schema). A target named `Clients`
/// embeds `schema/clients.graphql`, `BillingLinks` embeds `schema/billing-links.graphql`; the
/// generated file declares `EmbeddedSchema.sdl` and `EmbeddedSchema.fileName`.
@main
struct EmbedSchemaPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let fileName = Self.schemaFileName(for: target.name)
        let input = context.package.directoryURL.appending(components: "schema", fileName)
        let output = context.pluginWorkDirectoryURL.appending(component: "EmbeddedSchema.swift")
        return [
            .buildCommand(
                displayName: "Embedding schema/\(fileName) into \(target.name)",
                executable: try context.tool(named: "schema-embedder").url,
                arguments: [input.path(), output.path(), "schema/\(fileName)"],
                inputFiles: [input],
                outputFiles: [output]
            )
        ]
    }

    /// `BillingLinks` → `billing-links.graphql`.
    static func schemaFileName(for targetName: String) -> String {
        var name = ""
        for character in targetName {
            if character.isUppercase, !name.isEmpty { name.append("-") }
            name.append(contentsOf: character.lowercased())
        }
        return name + ".graphql"
    }
}
