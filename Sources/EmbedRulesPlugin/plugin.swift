import Foundation
import PackagePlugin

/// Embeds the default rulebook (`rules/`, the source of truth users read and copy) into EngageClassify
/// at build time, so `engage` finds its rules whatever the working directory and wherever the binary
/// is installed.
///
/// The command's inputs are the `rules/` folder (so an added file triggers a rebuild) and each file in it
/// (so an edit does). SwiftPM caches this plugin's command list, so a file *removed or renamed* in
/// `rules/` is noticed only when the plugin runs again: after `touch Package.swift` or a clean build
/// (the test suite's EmbeddedRulebookTests says so when the embedded copy is stale). Sub-folders are
/// not embedded: the rulebook stays flat.
@main
struct EmbedRulesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "rules")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRulebook.swift")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: rules.path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted().map { rules.appending(path: $0) }
        return [
            .buildCommand(
                displayName: "Embedding the default rulebook from rules/",
                executable: try context.tool(named: "EmbedRules").url,
                arguments: [rules.path, output.path],
                inputFiles: [rules] + files,
                outputFiles: [output]
            )
        ]
    }
}
