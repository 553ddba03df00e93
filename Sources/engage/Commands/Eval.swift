import ArgumentParser
import EngageClassify
import EngageCore

extension Engage {
    /// `engage eval FILE`: precision, recall, F1, MCC and the confusion matrix on a labelled set.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure the classifier on a labelled set: per-class precision, recall, F1, MCC and the confusion matrix.",
            discussion: """
                Labels are class names of the kind, or 1/0 for a binary set (1 = low-value post, reply that \
                is not genuine, suspected-fake account). --holdout 0.3 --split test evaluates on the newest \
                30% of each class, the YouTube Spam Collection authors' protocol.
                """)

        @OptionGroup var labelled: LabelledOptions
        @OptionGroup var rules: RulesOptions

        @Option(help: "Output format: text or json.")
        var format: ReportFormat = .text

        @Option(help: "With text output: list up to N misclassified items.")
        var misses = 0

        @Flag(help: "Judge the learned model alone (its most probable class), without the rules.")
        var modelOnly = false

        func run() throws {
            let classifier = try rules.classifier()
            let set = try labelled.read()
            let report = EvaluationReport.evaluate(set, with: classifier, modelOnly: modelOnly)
            let out = StandardOutput()
            switch format {
            case .text: out.write(report.text(misses: misses))
            case .json: out.line(report.json())
            }
            out.flush()
        }
    }
}
