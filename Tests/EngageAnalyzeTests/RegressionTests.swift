import EngageCore
import Foundation
import Testing
@testable import EngageAnalyze

/// NB2 (ANALYSIS.md §5) against the statsmodels figures of §9.4, on the reference's own reading of
/// the file (the pipeline tests read it through the ingest stage).
@Suite struct RegressionTests {
    /// The §9 design: link, hashtag, mention, question, log_len, optionally the standardised trend.
    static func design(_ originals: [Post], trend: Bool, extra: [(String, (Post) -> Double)] = []) -> DesignMatrix {
        let t0 = originals.compactMap(\.createdAt).min()!
        let days = originals.map { $0.createdAt!.timeIntervalSince(t0) / 86400 }
        let mean = days.reduce(0, +) / Double(days.count)
        let sd = (days.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(days.count - 1)).squareRoot()
        let f = originals.map { PostFeatures.of($0) }
        func flag(_ x: PostFeatures) -> [Double] { f.map { $0.contains(x) ? 1 : 0 } }
        var cols: [(String, [Double])] = [("link", flag(.link)), ("hashtag", flag(.hashtag)), ("mention", flag(.mention)),
                                          ("question", flag(.question)),
                                          ("log_len", originals.map { log1p(Double(PostFeatures.length($0.text))) })]
        if trend { cols.append(("trend", days.map { ($0 - mean) / sd })) }
        for (name, fn) in extra { cols.append((name, originals.map(fn))) }
        return DesignMatrix(columns: cols)
    }

    @Test func obamaNB2MatchesStatsmodels() throws {
        guard let posts = try ObamaFixture.referencePosts() else { return }
        let originals = posts.filter { $0.kind == .original }
        #expect(posts.count == 3207 && originals.count == 2856)
        let f = originals.map { PostFeatures.of($0) }
        #expect(f.filter { $0.contains(.link) }.count == 2269)
        #expect(f.filter { $0.contains(.hashtag) }.count == 1615)
        #expect(f.filter { $0.contains(.mention) }.count == 277)
        #expect(f.filter { $0.contains(.question) }.count == 60)
        #expect(f.filter { $0.contains(.exclamation) }.count == 10)

        let replies = originals.map { Double($0.metrics.replies!) }
        let retweets = originals.map { Double($0.metrics.reposts!) }
        let favorites = originals.map { Double($0.metrics.likes!) }

        let withTrend = Self.design(originals, trend: true)
        let noTrend = Self.design(originals, trend: false)
        let r = try #require(CountRegression.fit(withTrend, replies))
        #expect(r.model.method == .nb2 && !r.model.unstable, "\(r.model.failure ?? "")")
        #expect(near(r.model.logLikelihood, -19_699.92, 0.01))
        #expect(near(r.model.alpha, 0.658, 0.001))
        let q = try #require(r.model.term("question"))
        #expect(near(q.ratio, 1.95, 0.01) && near(q.lower, 1.58, 0.01) && near(q.upper, 2.41, 0.01))
        #expect(near(r.model.term("link")?.ratio, 0.95, 0.01))
        #expect(near(r.model.term("hashtag")?.ratio, 0.72, 0.01))
        #expect(near(r.model.term("trend")?.ratio, 1.66, 0.01))
        #expect(near(r.model.term("trend")?.standardError, 0.0123, 0.0001))
        #expect(r.hurdle == nil)
        #expect(r.diagnostics.observedZeros == 0)
        #expect(near(r.diagnostics.poissonDispersion, 1088, 1))

        let rn = try #require(CountRegression.fit(noTrend, replies))
        #expect(near(rn.model.logLikelihood, -20_417.89, 0.01))
        #expect(near(rn.model.term("question")?.ratio, 2.36, 0.01))
        #expect(near(rn.model.term("hashtag")?.ratio, 0.41, 0.01))

        let rt = try #require(CountRegression.fit(withTrend, retweets))
        #expect(near(rt.model.logLikelihood, -24_601.08, 0.01))
        #expect(near(rt.model.term("hashtag")?.ratio, 1.06, 0.01))
        #expect(near(rt.model.term("link")?.ratio, 0.43, 0.01))
        #expect(near(rt.model.term("mention")?.ratio, 0.76, 0.01))
        #expect(near(rt.model.term("trend")?.ratio, 2.27, 0.01))
        let rtn = try #require(CountRegression.fit(noTrend, retweets))
        #expect(near(rtn.model.term("hashtag")?.ratio, 0.28, 0.01))
        #expect(near(rtn.model.term("hashtag")?.lower, 0.25, 0.01))
        #expect(near(rtn.model.alpha, 1.957, 0.001))

        let fv = try #require(CountRegression.fit(withTrend, favorites))
        #expect(near(fv.model.logLikelihood, -26_462.91, 0.01))
        #expect(near(fv.model.term("link")?.ratio, 0.47, 0.01))
        let fvn = try #require(CountRegression.fit(noTrend, favorites))
        #expect(near(fvn.model.logLikelihood, -28_068.68, 0.01))
        #expect(near(fvn.diagnostics.poissonDispersion, 578_390, 1))
        #expect(near(fvn.model.term("link")?.ratio, 0.53, 0.01))
    }
}
