import ArgumentParser
import EngageClassify
import EngageCore

/// The labelled-set arguments `eval`, `train` and `rules fit` share.
struct LabelledOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("A labelled set: JSONL ({\"text\",\"label\"} or {\"account\",\"label\"}) or CSV with a header.",
                                 valueName: "file"))
    var file: String

    @Option(help: "What the set holds: post, reply or account.")
    var kind: RuleKind = .post

    @Option(help: ArgumentHelp("The label of rows that have none (e.g. --label suspected-fake for a file of bought followers).",
                               valueName: "label"))
    var label: String?

    @Option(help: ArgumentHelp("Split off the newest FRACTION of each class by date (the YouTube Spam Collection's protocol uses 0.3).",
                               valueName: "fraction"))
    var holdout: Double?

    @Option(help: "With --holdout: which part to use, train (the oldest) or test (the newest).")
    var split: SplitPart?

    enum SplitPart: String, ExpressibleByArgument { case train, test }

    mutating func validate() throws {
        if let h = holdout, !(h > 0 && h < 1) { throw ValidationError("--holdout takes a fraction between 0 and 1.") }
        if (holdout == nil) != (split == nil) { throw ValidationError("--holdout and --split go together.") }
    }

    /// The set, split when asked.
    func read() throws -> LabelledSet {
        let set = try LabelledSet.read(path: file, kind: kind, defaultLabel: label)
        guard let holdout, let split else { return set }
        let parts = set.split(testFraction: holdout)
        return split == .train ? parts.train : parts.test
    }
}
