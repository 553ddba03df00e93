import ArgumentParser
import EngageClassify
import EngageCore

extension Engage {
    /// `engage rules check DIR`: validate a rule folder.
    struct RulesCheck: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate a folder of rule files (as an overlay on the defaults); print problems as file:line: message.")

        @Argument(help: ArgumentHelp("The folder to check; without it, the default rulebook.", valueName: "dir"))
        var folder: String?

        @Flag(help: "Check the folder as a whole rulebook (like rules/), not as an overlay.")
        var standalone = false

        func run() throws {
            let problems = try Rulebook.check(folder, standalone: standalone)
            let out = StandardOutput()
            for p in problems { out.line(p.description) }
            let errors = problems.filter { $0.severity == .error }.count
            let warnings = problems.count - errors
            out.line(errors == 0 ? "ok\(warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : "")"
                     : "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            out.flush()
            if errors > 0 { throw ExitCode(1) }
        }
    }
}
