import ArgumentParser
import EngageClassify
import EngageCore
import Foundation

extension Engage {
    /// `engage train FILE --kind post|reply --out DIR`: retrain the learned layer.
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train the naive Bayes layer on a labelled set and write it to a rules folder (bayes-KIND.tsv).",
            discussion: """
                The model's probabilities reach verdicts through the bayes: rules of the rulebook, so pass the \
                folder with --rules to use it. `engage train corpora/labelled/posts-train.jsonl --kind post \
                --out rules` regenerates the default post model.
                """)

        @OptionGroup var labelled: LabelledOptions

        @Option(help: ArgumentHelp("The folder to write bayes-KIND.tsv into (created when missing).", valueName: "dir"))
        var out: String

        @Option(help: "Additive smoothing.")
        var alpha = 0.5

        @Option(help: "Drop tokens seen in fewer texts than this.")
        var minDocuments = 2

        mutating func validate() throws {
            guard labelled.kind != .account else { throw ValidationError("The learned layer reads text: train it on posts or replies.") }
            guard alpha > 0 else { throw ValidationError("--alpha must be positive.") }
        }

        func run() throws {
            let set = try labelled.read()
            var examples: [(text: String, label: String)] = []
            for item in set.items {
                var label = item.label
                if set.binary {
                    // A binary set trains two classes: the default and the kind's catch-all low-value class.
                    label = item.label == LabelledSet.positive ? "spam" : labelled.kind.defaultClass
                }
                examples.append((item.post?.text ?? "", label))
            }
            let model = NaiveBayesTrainer.train(kind: labelled.kind, examples: examples, alpha: alpha, minDocuments: minDocuments)
            do {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            } catch {
                throw EngageError(.writeFailed, "cannot create the folder", file: out)
            }
            let path = URL(fileURLWithPath: out).appendingPathComponent("bayes-\(labelled.kind.rawValue).tsv").path
            guard FileManager.default.createFile(atPath: path, contents: Data(model.serialized().utf8)) else {
                throw EngageError(.writeFailed, "cannot write the model", file: path)
            }
            let stdout = StandardOutput()
            let counts = zip(model.classes, model.documents).map { "\($0.0) \($0.1)" }.joined(separator: ", ")
            stdout.line("wrote \(path): \(set.items.count) texts (\(counts)), temperature \(VerdictFormat.number(model.temperature))")
            stdout.flush()
        }
    }
}
