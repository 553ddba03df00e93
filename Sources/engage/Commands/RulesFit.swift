import ArgumentParser
import EngageClassify
import EngageCore
import Foundation

extension Engage {
    /// `engage rules fit LABELLED --out DIR`: fit rule scores to labelled data.
    struct RulesFit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fit",
            abstract: "Fit rule scores to a labelled set (logistic, with a false-positive penalty) and write an overlay.",
            discussion: """
                Only scores change; patterns stay as they are. The overlay (fitted-KIND.yaml in the --out \
                folder) is used with --rules DIR. Evaluate on data you did not fit on.
                """)

        @OptionGroup var labelled: LabelledOptions
        @OptionGroup var rules: RulesOptions

        @Option(help: ArgumentHelp("The folder to write fitted-KIND.yaml into (created when missing).", valueName: "dir"))
        var out: String

        @Option(help: "How many misses one false positive costs.")
        var fpPenalty = 3.0

        mutating func validate() throws {
            guard fpPenalty > 0 else { throw ValidationError("--fp-penalty must be positive.") }
        }

        func run() throws {
            let classifier = try rules.classifier()
            let set = try labelled.read()
            let changes = ScoreFitter(falsePositivePenalty: fpPenalty).fit(set, classifier: classifier)
            let yaml = ScoreFitter.overlay(changes, classifier: classifier, kind: labelled.kind, source: labelled.file,
                                           items: set.items.count, penalty: fpPenalty)
            do {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            } catch {
                throw EngageError(.writeFailed, "cannot create the folder", file: out)
            }
            let path = URL(fileURLWithPath: out).appendingPathComponent("fitted-\(labelled.kind.rawValue).yaml").path
            guard FileManager.default.createFile(atPath: path, contents: Data(yaml.utf8)) else {
                throw EngageError(.writeFailed, "cannot write the overlay", file: path)
            }
            let stdout = StandardOutput()
            for c in changes {
                stdout.line("\(c.rule) → \(c.target): \(VerdictFormat.number(c.old)) → \(VerdictFormat.number(c.new)) (fired on \(c.fired))")
            }
            stdout.line("wrote \(path): \(changes.count) score\(changes.count == 1 ? "" : "s") changed")
            stdout.flush()
        }
    }
}
