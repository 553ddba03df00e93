import EngageCore
import EngageTestSupport
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

/// The hurdle (§5.5) on invented zero-heavy counts (corpora/analysis/hurdle.csv: 1,500 rows drawn
/// with numpy, seed 20240601), against statsmodels' Logit and TruncatedLFNegativeBinomialP(p = 2).
@Suite struct HurdleTests {
    @Test func hurdleMatchesStatsmodels() throws {
        let text = try String(contentsOfFile: Fixtures.corpus("analysis/hurdle.csv"), encoding: .utf8)
        var y: [Double] = [], x1: [Double] = [], x2: [Double] = []
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",").map { Double($0)! }
            y.append(f[0]); x1.append(f[1]); x2.append(f[2])
        }
        let r = try #require(CountRegression.fit(DesignMatrix(columns: [("x1", x1), ("x2", x2)]), y))
        #expect(r.diagnostics.zeroShare > 0.5)
        let h = try #require(r.hurdle)
        let any = try #require(h.any)
        #expect(any.method == .logit && !any.unstable)
        let logitBeta = [-0.5664528504957335, 0.8754548392051823, 0.5383475039614375]
        let logitSE = [0.07167217385541252, 0.11189591823784521, 0.057207240673859995]
        for (t, (b, se)) in zip(any.terms, zip(logitBeta, logitSE)) {
            #expect(close(t.beta, b, rel: 1e-6) && close(t.standardError, se, rel: 1e-5), "\(t.name)")
        }
        let pos = try #require(h.positive)
        #expect(pos.method == .truncatedNB2 && !pos.unstable)
        #expect(close(pos.alpha, 0.5727405750959109, rel: 1e-3))
        #expect(close(pos.logLikelihood, -1321.4113322497055, rel: 1e-8))
        for (t, b) in zip(pos.terms, [0.7061642680869848, 0.5189415814297126, -0.2949392899233185]) {
            #expect(close(t.beta, b, rel: 1e-4), "\(t.name)")
        }
        // SEs from the β block of the observed information (statsmodels inverts the joint
        // Hessian with α, so its SEs are a little larger)
        for (t, se) in zip(pos.terms, [0.07048560260141529, 0.08126849799859279, 0.041990576939423256]) {
            #expect(t.standardError <= se * 1.0001 && t.standardError > se * 0.8, "\(t.name)")
        }
    }

    @Test func quarterlyTrend() throws {
        guard let posts = try ObamaFixture.posts() else { return }
        var input = AnalysisInput()
        for p in posts { input.add(p) }
        var options = AnalysisOptions()
        options.trend = .quarterly
        options.bootstrapResamples = 1000
        options.permutationResamples = 5000
        let r = Analyzer(options: options).analyze(input)
        let m = try #require(r.accounts.first?.models.first { $0.outcome == .reposts })
        #expect(m.trend == "quarterly")
        let quarters = m.fit.model.terms.filter { $0.name.hasPrefix("quarter:") }
        // 2014Q3 … 2017Q4 is 14 quarters; the first is the reference, 2017Q4's few posts merge back
        #expect(quarters.count >= 10 && quarters.count <= 13)
        #expect(quarters.first?.name == "quarter:2014Q4")
        #expect(m.fit.model.term("trend") == nil)
    }
}
