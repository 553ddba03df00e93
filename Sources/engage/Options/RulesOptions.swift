import ArgumentParser
import EngageClassify
import EngageCore

/// `--rules DIR`: a folder of rule files overlaid on the default rulebook.
struct RulesOptions: ParsableArguments {
    @Option(name: .customLong("rules"),
            help: ArgumentHelp("A folder of rule files overlaid on the default rulebook by rule id (change a score, disable, add).",
                               valueName: "dir"))
    var overlay: String?

    /// The classifier for these options; rulebook problems become one-line errors.
    func classifier() throws -> Classifier {
        do {
            return try Classifier.load(overlay: overlay)
        } catch let e as RulebookError {
            throw e.engageError
        }
    }
}

extension RuleKind: ExpressibleByArgument {}
