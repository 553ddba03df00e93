@testable import EngageClassify
import EngageCore
import Testing

/// `--rules DIR` overlays a user's folder on the default rulebook by rule id.
@Suite struct OverlayTests {
    static let overlay = """
        # Change a score, switch a rule off, change a threshold, add a rule.
        class: follower-begging
        kind: post
        threshold: 4
        rules:
          - id: BEG_ROAD_TO
            score: 0.5
          - id: BEG_ASK_FOLLOW
            disabled: true
          - id: BEG_MY_CAMPAIGN
            describe: Our own campaign slogan
            score: 6
            phrases: ["join the 10k club"]
            examples:
              match: ["Join the 10k club today"]
              no-match: ["The 10k run was fun"]
          - id: BEG_FROM_A_LIST
            describe: Phrases kept in a list file
            score: 6
            list: {file: slogans.txt, match: substring}
            examples:
              match: ["megaboost!!!"]
              no-match: ["boost"]
        """

    static let classifier: Classifier = {
        do {
            let dir = try Shared.folder(["mine.yaml": overlay, "slogans.txt": "# our slogans\nmegaboost\n\n"])
            return try Classifier.load(overlay: dir)
        } catch {
            fatalError("overlay does not load: \(error)")
        }
    }()

    func hit(_ v: Verdict, _ id: String) -> RuleHit? { v.hits.first { $0.id == id } }

    @Test func aScoreChangesWithoutTouchingThePattern() {
        let d = Shared.classifier.classify(Shared.post("Road to 500 followers!"))
        let o = Self.classifier.classify(Shared.post("Road to 500 followers!"))
        #expect(hit(d, "BEG_ROAD_TO")?.score == 4)
        #expect(hit(o, "BEG_ROAD_TO")?.score == 0.5)
        #expect(hit(o, "BEG_ROAD_TO")?.describe == hit(d, "BEG_ROAD_TO")?.describe)
    }

    @Test func aRuleCanBeSwitchedOff() {
        let text = "please follow us, we post every day"
        #expect(hit(Shared.classifier.classify(Shared.post(text)), "BEG_ASK_FOLLOW") != nil)
        #expect(hit(Self.classifier.classify(Shared.post(text)), "BEG_ASK_FOLLOW") == nil)
    }

    @Test func rulesAndListsCanBeAdded() {
        let v = Self.classifier.classify(Shared.post("Join the 10K club today!"))
        #expect(v.label == "follower-begging")
        #expect(hit(v, "BEG_MY_CAMPAIGN")?.score == 6)
        #expect(hit(Self.classifier.classify(Shared.post("MEGABOOST time")), "BEG_FROM_A_LIST") != nil)
        #expect(hit(Self.classifier.classify(Shared.post("supermegaboosted")), "BEG_FROM_A_LIST") != nil)
        #expect(Shared.classifier.classify(Shared.post("Join the 10k club today")).hits.allSatisfy { $0.id != "BEG_MY_CAMPAIGN" })
    }

    @Test func aThresholdChanges() {
        #expect(Self.classifier.compiled[.post].thresholds[1] == 4)
        #expect(Shared.classifier.compiled[.post].thresholds[1] == 5)
    }

    @Test func theOverlayKeepsEveryOtherRule() {
        #expect(Self.classifier.compiled[.post].rules.count == Shared.classifier.compiled[.post].rules.count + 2)
        let report = Self.classifier.runExamples()
        #expect(report.passed, "\(report.failures)")
    }

    @Test func aTrainedModelReplacesTheDefaultOne() throws {
        let model = NaiveBayesTrainer.train(kind: .reply, examples: [
            ("subscribe to my channel", "spam"), ("check my channel", "spam"), ("free gift cards", "spam"),
            ("great song", "genuine"), ("love the chorus", "genuine"), ("this song is great", "genuine"),
        ], minDocuments: 1)
        let dir = try Shared.folder(["bayes-reply.tsv": model.serialized()])
        let c = try Classifier.load(overlay: dir)
        #expect(c.compiled[.reply].model?.classes == ["genuine", "spam"])
        let report = c.runExamples()
        #expect(report.skipped > 0)
        #expect(report.passed, "\(report.failures)")
    }
}
