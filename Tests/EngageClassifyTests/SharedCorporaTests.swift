@testable import EngageClassify
import EngageTestSupport
import Testing

/// Third-party labelled data from ../shared/corpora (skipped with a reason when absent).
@Suite struct SharedCorporaTests {
    /// The YouTube Spam Collection, split as its authors did (per class, oldest 70% train, newest 30% test).
    @Test(arguments: ["Youtube01-Psy", "Youtube02-KatyPerry", "Youtube03-LMFAO"])
    func youTubeSpamCollection(_ name: String) throws {
        guard let path = Fixtures.shared("labelled/youtube-spam-train/\(name).csv") else { return }
        let set = try LabelledSet.read(path: path, kind: .reply)
        let (train, test) = set.split(testFraction: 0.3)
        // The default rulebook and learned model, which never saw these comments.
        let plain = EvaluationReport.evaluate(test, with: Shared.classifier)
        let mccPlain = plain.perClass.first { $0.name == "not-genuine" }?.mcc ?? 0
        #expect(mccPlain >= 0.65, "\(name): MCC \(mccPlain) with the default model")
        // The authors' protocol: the learned layer trained on the oldest 70%.
        let model = NaiveBayesTrainer.train(kind: .reply, examples: train.items.map {
            ($0.post!.text, $0.label == LabelledSet.positive ? "spam" : "genuine")
        })
        let dir = try Shared.folder(["bayes-reply.tsv": model.serialized()])
        let trained = EvaluationReport.evaluate(test, with: try Classifier.load(overlay: dir))
        let mccTrained = trained.perClass.first { $0.name == "not-genuine" }?.mcc ?? 0
        print("\(name): reply-spam MCC \(mccPlain) (default model), \(mccTrained) (model trained on the train split)")
        #expect(mccTrained >= 0.75, "\(name): MCC \(mccTrained) with a model trained on the train split")
    }

    @Test func boughtFollowers2018() throws {
        guard let path = Fixtures.shared("labelled/bought-followers-2018/fake_accounts.csv") else { return }
        let set = try LabelledSet.read(path: path, kind: .account, defaultLabel: "suspected-fake")
        #expect(set.items.count == 519)
        let r = EvaluationReport.evaluate(set, with: Shared.classifier)
        let flagged = Double(r.perClass.first { $0.name == "suspected-fake" }?.truePositives ?? 0) / 519
        #expect(flagged >= 0.9, "flagged \(flagged)")
    }
}
