@testable import EngageClassify
import EngageTestSupport
import Testing

/// The project's own labelled gold sets (invented texts, corpora/labelled/): regression floors, well below
/// the figures measured when they were written.
@Suite struct GoldSetTests {
    func report(_ file: String, _ kind: RuleKind) throws -> EvaluationReport {
        let set = try LabelledSet.read(path: Fixtures.corpus("labelled/" + file), kind: kind)
        return EvaluationReport.evaluate(set, with: Shared.classifier)
    }

    @Test func posts() throws {
        let r = try report("posts-gold.jsonl", .post)
        for m in r.perClass where m.support > 0 {
            #expect((m.mcc ?? 0) >= 0.8, "\(m.name): MCC \(m.mcc ?? 0)")
            #expect(m.support >= 30, "\(m.name) needs at least 30 gold posts")
        }
        #expect((r.collapsed?.mcc ?? 0) >= 0.85)
    }

    @Test func replies() throws {
        let r = try report("replies-gold.jsonl", .reply)
        #expect((r.collapsed?.mcc ?? 0) >= 0.85)
        #expect((r.perClass.first { $0.name == "genuine" }?.recall ?? 0) >= 0.95)
    }

    @Test func accounts() throws {
        let r = try report("accounts-gold.jsonl", .account)
        let fake = try #require(r.perClass.first { $0.name == "suspected-fake" })
        #expect((fake.recall ?? 0) >= 0.95)
        // False-positive rate on the genuine accounts.
        #expect(Double(fake.falsePositives) / Double(fake.falsePositives + fake.trueNegatives) <= 0.05)
    }
}
