import EngageCore
import Foundation

/// The statistics of one analysis: comparisons, omnibus tests, models, multiple testing, the gate
/// and the recommendations, over prepared accounts.
struct StatisticsRun: Sendable {
    let options: AnalysisOptions
    var accounts: [AccountData]
    let input: AnalysisInput
    var groups: [[GroupDefinition]] = []
    var comparisons: [Comparison] = []
    var between: [Comparison] = []
    var omnibus: [[OmnibusTest]] = []
    var bestTimes: [[BestTime]] = []
    var models: [[ModelReport]] = []
    var recommendations: [Recommendation] = []
    var sideBySide: [SideBySideRow] = []
    var testsInFamily = 0
    /// Pools on the primary scale, kept for the gate, the omnibus and best-time tests.
    var pools: [PoolKey: OutcomePool] = [:]

    struct PoolKey: Hashable, Sendable {
        var account: Int
        var outcome: Outcome
    }

    /// The primary-scale pool of an account's outcome.
    func primaryPool(_ a: Int, _ o: Outcome) -> OutcomePool? {
        pools[PoolKey(account: a, outcome: o)] ?? OutcomePool(accounts[a].values(o, Self.primaryScale))
    }

    init(options: AnalysisOptions, accounts: [AccountData], input: AnalysisInput) {
        self.options = options
        self.accounts = accounts
        self.input = input
    }

    mutating func run() {
        var clock = PhaseClock()
        groups = accounts.map { GroupDefinition.all($0) }
        runComparisons()
        clock.lap("comparisons")
        models = accounts.indices.map { fitModels($0) }
        attachModelEvidence()
        clock.lap("models")
        omnibus = accounts.indices.map { omnibusTests($0) }
        clock.lap("kruskal-wallis")
        bestTimes = accounts.indices.map { bestTimeTests($0) }
        clock.lap("best times")
        runBetweenAccounts()
        adjust()
        omnibus = omnibus.map { $0.map(addDunn) }
        clock.lap("between accounts, BH, Dunn")
        recommendations = makeRecommendations()
        clock.lap("gate and recommendations")
        sideBySide = makeSideBySide()
    }

    /// Benjamini–Hochberg over every p-value that appears in the report (§4.7).
    mutating func adjust() {
        var ps: [Double] = []
        for c in comparisons where c.p != nil { ps.append(c.p!) }
        for c in between where c.p != nil { ps.append(c.p!) }
        for a in omnibus { for t in a { ps.append(t.p) } }
        for a in bestTimes { for t in a { ps.append(t.p) } }
        testsInFamily = ps.count
        let adj = MultipleTesting.benjaminiHochberg(ps)
        var k = 0
        for i in comparisons.indices where comparisons[i].p != nil {
            comparisons[i].pAdjusted = adj[k]
            k += 1
        }
        for i in between.indices where between[i].p != nil {
            between[i].pAdjusted = adj[k]
            k += 1
        }
        for a in omnibus.indices { for t in omnibus[a].indices {
            omnibus[a][t].pAdjusted = adj[k]
            k += 1
        } }
        for a in bestTimes.indices { for t in bestTimes[a].indices {
            bestTimes[a][t].pAdjusted = adj[k]
            k += 1
        } }
        for a in bestTimes.indices { for t in bestTimes[a].indices { bestTimes[a][t] = decideBestTime(a, bestTimes[a][t]) } }
    }

    func report(posts: PostAnalysisTable) -> AnalysisReport {
        let settings = AnalysisReport.Settings(
            seed: options.seed, bootstrapResamples: options.bootstrapResamples,
            permutationResamples: options.permutationResamples, fdr: 0.05,
            timeZone: options.timeZoneName, trend: options.trend.rawValue)
        let analyses = accounts.indices.map { a -> AccountAnalysis in
            let acc = accounts[a]
            var desc: [OutcomeDescriptives] = []
            for o in acc.outcomes {
                for s in [Scale.raw, .performanceIndex, .perFollower, .perImpression] {
                    let v = acc.values(o, s).compactMap { $0 }
                    if let d = Descriptives(values: v) { desc.append(OutcomeDescriptives(outcome: o, scale: s, stats: d)) }
                }
            }
            var others: [OutcomeDescriptives] = []
            for o in acc.outcomes {
                let v: [Double] = acc.units.repliesToOthers.compactMap { r in
                    let x = input.feed[Int(r)].value(o)
                    return x >= 0 ? Double(x) : nil
                }
                if o != .replies || acc.measure[.replies] == .unfiltered, let d = Descriptives(values: v) {
                    others.append(OutcomeDescriptives(outcome: o, scale: .raw, stats: d))
                }
            }
            return AccountAnalysis(
                account: acc.label, platform: input.feed.first.map { _ in
                    acc.units.units.first.map { input.feed[Int($0)].platform.rawValue } ?? nil
                } ?? nil,
                isUser: acc.isUser, hygiene: acc.units.hygiene, outcomes: acc.availability, filter: acc.filter,
                descriptives: desc, repliesToOthers: others, models: models[a], omnibus: omnibus[a],
                bestTimes: bestTimes[a], followers: acc.timeline?.label, warnings: warnings(a))
        }
        return AnalysisReport(settings: settings, accounts: analyses, comparisons: comparisons, betweenAccounts: between,
                              recommendations: recommendations, sideBySide: sideBySide, testsInFamily: testsInFamily,
                              notes: notes(), posts: posts)
    }

    /// Input warnings of §1.5.
    func warnings(_ a: Int) -> [String] {
        let acc = accounts[a]
        var w: [String] = []
        for o in acc.outcomes {
            let v = acc.values(o, .raw).compactMap { $0 }
            if v.count >= 30, v.allSatisfy({ $0 >= 1 }) {
                w.append("Every post has at least one \(OutcomeText.singular(o)): if the input holds only engaged posts (a \"top posts\" export, a sample of posts with comments, a feed scraped from a popular view), the posts that did not work are missing and every comparison is biased.")
            }
        }
        if acc.units.hygiene.snapshotApproximate {
            w.append("No source says when the counts were read: the age cutoff is measured from the newest post and is approximate.")
        }
        let paths = Set(acc.units.units.map { input.feed[Int($0)].source })
        if input.sources.contains(where: { paths.contains(input.strings.lookup($0.path)) && ($0.format == .xArchive || $0.format == .xClassicArchive) }) {
            w.append("Archives omit deleted posts, which are often the ones that did not work.")
        }
        return w
    }

    func notes() -> [String] {
        var n: [String] = []
        n.append("Seed \(options.seed); bootstrap B = \(options.bootstrapResamples); permutations B = \(options.permutationResamples); Benjamini–Hochberg over \(testsInFamily) p-values (q = 0.05); hours and weekdays in \(options.timeZoneName).")
        if accounts.contains(where: { $0.measure[.replies] == .genuine }) {
            n.append("Filtered counts are upper bounds: keyword filters leak (on 1,956 labelled YouTube comments a ten-pattern rule had precision 0.97 but recall 0.66).")
        }
        n.append("At least 11 % of reactions bypass explicit reply and repost mechanisms (Barbosa et al. 2015).")
        if let u = accounts.first(where: \.isUser), u.count > 0 {
            let half = u.count / 2
            if let d = NoetherPower.detectableDelta(n1: max(1, half), n0: max(1, u.count - half)) {
                n.append(String(format: "With %@ posts split evenly, the smallest difference detectable at 80 %% power is δ ≈ %.2f; each comparison lists its own.", TextNumber.int(u.count), d))
            }
        }
        return n
    }
}
