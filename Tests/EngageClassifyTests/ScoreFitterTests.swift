@testable import EngageClassify
import EngageCore
import Foundation
import Testing

@Suite struct ScoreFitterTests {
    @Test func scoresMoveTowardTheLabels() throws {
        let overlay = """
            class: spam
            kind: reply
            rules:
              - id: RSPAM_MAGIC
                describe: Says magic
                score: 1
                phrases: [magic]
                examples: {match: ["magic"], no-match: ["music"]}
              - id: RSPAM_MUSIC
                describe: Says music
                score: 4
                phrases: [music]
                examples: {match: ["music"], no-match: ["magic"]}
            """
        let dir = try Shared.folder(["mine.yaml": overlay])
        let classifier = try Classifier.load(overlay: dir)
        var lines = ""
        for i in 0..<30 { lines += "{\"text\":\"magic beans number \(i)\",\"label\":\"spam\"}\n" }
        for i in 0..<30 { lines += "{\"text\":\"nice music, track \(i)\",\"label\":\"genuine\"}\n" }
        try Data(lines.utf8).write(to: URL(fileURLWithPath: dir + "/set.jsonl"))
        let set = try LabelledSet.read(path: dir + "/set.jsonl", kind: .reply)
        let changes = ScoreFitter().fit(set, classifier: classifier)
        let magic = try #require(changes.first { $0.rule == "RSPAM_MAGIC" && $0.target == "spam" })
        #expect(magic.new > magic.old)
        let music = try #require(changes.first { $0.rule == "RSPAM_MUSIC" && $0.target == "spam" })
        #expect(music.new < music.old)
        // The overlay it writes loads, changes only scores, and fixes the verdicts.
        let yaml = ScoreFitter.overlay(changes, classifier: classifier, kind: .reply, source: "set.jsonl", items: 60, penalty: 3)
        let fitted = try Shared.folder(["mine.yaml": overlay, "fitted-reply.yaml": yaml])
        let after = try Classifier.load(overlay: fitted)
        let before = EvaluationReport.evaluate(set, with: classifier).accuracy
        let now = EvaluationReport.evaluate(set, with: after).accuracy
        #expect(now > before)
    }
}
