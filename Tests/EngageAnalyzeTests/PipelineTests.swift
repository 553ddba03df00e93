import EngageCore
import EngageReport
import EngageTestSupport
import Foundation
import Testing
@testable import EngageAnalyze

/// The analysis pipeline on invented feeds with known structure (§1, §2.5, §6–7).
@Suite struct PipelineTests {
    static let built = SyntheticFeed.rich()
    static let report = Analyzer().analyze(built.input)

    var ana: AccountAnalysis { Self.report.accounts[0] }
    var bea: AccountAnalysis { Self.report.accounts[1] }

    @Test func hygieneSteps() {
        let h = ana.hygiene
        #expect(ana.account == "@ana" && ana.isUser && !bea.isUser && bea.account == "@bea")
        // 160 originals + 16 thread posts + 5 reposts + 6 replies to others + 40 answers in the
        // author's own threads + young + deleted
        #expect(h.feedPosts == 160 + 16 + 5 + 6 + 40 + 2)
        #expect(h.reposts == 5 && h.repliesToOthers == 46 && h.threadContinuations == 16)
        #expect(h.tooYoung == 1 && h.notPublic == 1 && h.units == 160 && h.cutoffHours == 48)
        #expect(h.snapshot == SyntheticFeed.end && !h.snapshotApproximate)
    }

    @Test func genuineFilterReport() throws {
        let b = Self.built
        let f = try #require(ana.filter)
        #expect(f.rawReplies == b.replyRecords)
        let reasons = Dictionary(uniqueKeysWithValues: f.byReason)
        #expect(reasons["author"] == b.author && reasons["flagged"] == b.flagged && reasons["spam"] == b.spam)
        #expect(reasons["follow-back"] == b.followBack && reasons["generic-praise"] == b.genericPraise)
        #expect(reasons["repeat"] == b.repeats)
        #expect(f.removed == b.author + b.flagged + b.spam + b.followBack + b.genericPraise + b.repeats)
        #expect(AnalysisText.filterSentence(f).hasPrefix("Filter removed \(TextFormat.int(f.removed)) of \(TextFormat.int(f.rawReplies)) replies ("))
        // post 0 (a question): 3 genuine repliers, one of them twice, plus the author and a flagged account
        let p0 = try #require(Self.report.posts.fields(PostKey(platform: .x, id: "1000")))
        #expect(p0.replies == 3 && p0.replyRecords == 6)
        #expect(p0.removedByReason == ["author": 1, "flagged": 1, "repeat": 1])
        #expect(p0.role == "unit" && p0.replyMeasure == "genuine")
        let r = try #require(Self.report.posts.fields(PostKey(platform: .x, id: "1000-r1")))
        #expect(r.role == "reply" && r.replyVerdict == "genuine" && r.repliesTo == "1000")
    }

    @Test func unknownIsNotZero() throws {
        let replies = try #require(bea.outcomes.first { $0.outcome == .replies })
        #expect(replies.measure == .unfiltered && replies.missing == 8 && replies.known == 72)
        #expect(replies.sources == ["bea.jsonl"])
        let anaReplies = try #require(ana.outcomes.first { $0.outcome == .replies })
        #expect(anaReplies.measure == .genuine && anaReplies.sources == ["replies.jsonl"])
        #expect(Self.report.recommendations.filter { $0.account == "@bea" && $0.metric == .replies }
            .allSatisfy { $0.text.contains("replies are unfiltered counts") || $0.verdict == .tooFewPosts || $0.verdict == .notTested })
    }

    @Test func threadsAndExportFields() throws {
        let head = try #require(Self.report.posts.fields(PostKey(platform: .x, id: "1010")))
        #expect(head.threadLength == 3 && head.features.contains("thread"))
        let cont = try #require(Self.report.posts.fields(PostKey(platform: .x, id: "1010-t2")))
        #expect(cont.role == "thread-continuation" && cont.threadHead == "1010")
        let beg = try #require(Self.report.posts.fields(PostKey(platform: .x, id: "1004")))
        #expect(beg.postClass == "follower-begging" && beg.repostsSolicited && beg.replies == 0)
        #expect(try #require(Self.report.posts.fields(PostKey(platform: .x, id: "rt0"))).role == "repost")
        #expect(try #require(Self.report.posts.fields(PostKey(platform: .x, id: "to0"))).role == "reply-to-other")
        #expect(try #require(Self.report.posts.fields(PostKey(platform: .x, id: "young"))).role == "too-young")
        #expect(try #require(Self.report.posts.fields(PostKey(platform: .x, id: "gone"))).role == "not-public")
        var w = JSONWriter()
        w.object { w in PostAnalysisJSON.writeMember(beg, to: &w) }
        #expect(w.output.contains("\"class\":\"follower-begging\"") && w.output.contains("\"repostsSolicited\":true"))
    }

    @Test func beggingDrawsNoGenuineReplies() throws {
        let rec = try #require(Self.report.recommendations.first { $0.account == "@ana" && $0.group == "class:follower-begging" && $0.metric == .replies })
        #expect(rec.verdict == .recommendation && rec.direction == .doLess)
        #expect((rec.evidence.cliffsDelta ?? 0) < -0.474)
        #expect(rec.text.contains("genuine replies") && rec.text.contains("% of replies filtered"))
        #expect(rec.text.contains("Before filtering they drew more replies"))
        #expect(rec.examples.count == 3 && rec.examples.allSatisfy { $0.text.hasPrefix("Help us reach") })
        // likes: begging "won", which is reported without advice to beg
        let likes = try #require(Self.report.recommendations.first { $0.account == "@ana" && $0.group == "class:follower-begging" && $0.metric == .likes })
        #expect(likes.direction == .none)
        // reposts of begging posts are solicited
        let reposts = Self.report.recommendations.first { $0.account == "@ana" && $0.group == "class:follower-begging" && $0.metric == .reposts }
        #expect(reposts?.text.contains("Their reposts were solicited") ?? true)
    }

    @Test func questionsEarnGenuineReplies() throws {
        let rec = try #require(Self.report.recommendations.first { $0.account == "@ana" && $0.group == "kind:question" && $0.metric == .replies })
        #expect(rec.verdict == .recommendation && rec.direction == .doMore)
        #expect(rec.text.hasPrefix("Your question posts"))
        #expect(rec.checks.map(\.name) == ["n", "significance", "effect", "model", "without-top-post", "halves"])
    }

    @Test func competitorSideBySide() throws {
        let r = Self.report
        let theirs = r.recommendations.filter { $0.account == "@bea" }
        #expect(!theirs.isEmpty && theirs.allSatisfy { $0.competitor && $0.direction == .none })
        #expect(theirs.contains { $0.text.hasPrefix("In their feed, ") })
        #expect(r.sideBySide.contains { $0.account == "@ana" && $0.group == "all" && $0.pi != nil })
        #expect(r.sideBySide.contains { $0.account == "@bea" && $0.group == "class:follow-back" })
        #expect(r.betweenAccounts.contains { $0.account == "@ana vs @bea" && $0.scale == .performanceIndex && $0.p != nil })
        #expect(r.betweenAccounts.contains { $0.scale == .perFollower })
        // BH family counts every p-value in the report
        let ps = r.comparisons.filter(\.tested).count + r.betweenAccounts.filter(\.tested).count
            + r.accounts.reduce(0) { $0 + $1.omnibus.count + $1.bestTimes.count }
        #expect(r.testsInFamily == ps)
    }

    @Test func perFollowerRates() throws {
        #expect(ana.followers == "estimated from 2 snapshots")
        #expect(Self.report.comparisons.contains { $0.account == "@ana" && $0.scale == .perFollower })
        let p = try #require(Self.report.posts.fields(PostKey(platform: .x, id: "1000")))
        #expect(p.followers == 800)
        let later = try #require(Self.report.posts.fields(PostKey(platform: .x, id: "1080")))
        #expect(later.followers.map { $0 > 990 && $0 < 1000 } == true)
    }

    @Test func perImpressionRates() throws {
        #expect(Self.report.comparisons.contains { $0.account == "@bea" && $0.scale == .perImpression && $0.p != nil })
        #expect(!Self.report.comparisons.contains { $0.account == "@ana" && $0.scale == .perImpression })
        let m = try #require(bea.models.first { $0.outcome == .likes })
        #expect(m.offset == "ln impressions")
        #expect(Scale.perImpression.label == "per impression")
    }

    @Test func samplesSizeRulesAndWording() {
        for rec in Self.report.recommendations where rec.verdict == .notTested {
            #expect(rec.text == "Not tested: fewer than 10 posts (\(rec.evidence.n) vs \(TextFormat.int(rec.evidence.nRest))).")
            #expect(rec.evidence.p == nil)
        }
        for c in Self.report.comparisons where min(c.n, c.nRest) < 10 { #expect(c.p == nil && c.ci == nil) }
        for c in Self.report.comparisons where min(c.n, c.nRest) >= 10 { #expect(c.p != nil && c.ci != nil && c.seed != nil) }
    }

    @Test func deterministicOutput() {
        let again = Analyzer().analyze(SyntheticFeed.rich().input)
        #expect(AnalysisJSON.document(again) == AnalysisJSON.document(Self.report))
        var other = AnalysisOptions()
        other.seed = 7
        let reseeded = Analyzer(options: other).analyze(SyntheticFeed.rich().input)
        #expect(reseeded.comparisons.map(\.ci) != Self.report.comparisons.map(\.ci))
        #expect(reseeded.comparisons.map(\.p) == Self.report.comparisons.map(\.p))
    }

    @Test func goldenTinyFeed() {
        let r = Analyzer().analyze(SyntheticFeed.tiny())
        #expect(r.accounts.count == 1 && r.accounts[0].account == "@cy@social.example")
        #expect(Golden.check(AnalysisJSON.document(r) + "\n", "analysis/tiny.json") == nil)
        #expect(Golden.check(AnalysisText.render(r), "analysis/tiny.txt") == nil)
    }
}
