import Foundation

extension StatisticsRun {
    /// One comparison to run.
    struct Job: Sendable {
        var account: Int
        var outcome: Outcome
        var scale: Scale
        var group: Int
        var pool: Int
    }

    /// Every group against the rest, for every account, outcome and scale (§3–4). One pool at a
    /// time (ranked once), its groups in parallel; primary-scale pools are kept for later steps.
    mutating func runComparisons() {
        var out: [Comparison] = []
        for (a, acc) in accounts.enumerated() {
            for o in acc.outcomes {
                for s in acc.scales {
                    guard let pool = OutcomePool(acc.values(o, s)) else { continue }
                    if s == Self.primaryScale { pools[PoolKey(account: a, outcome: o)] = pool }
                    let groups = self.groups[a], options = self.options, label = acc.label
                    out += Parallel.map(groups.count) { g -> Comparison? in
                        Self.compare(pool: pool, labels: pool.labels(groups[g].member), account: label, outcome: o,
                                     scale: s, group: groups[g].name, options: options)
                    }.compactMap { $0 }
                }
            }
        }
        comparisons = out
    }

    /// Group 1 against group 0 of a pool: descriptives, Mann–Whitney, δ and its bootstrap CI.
    static func compare(pool: OutcomePool, labels: [Int8], account: String, outcome: Outcome, scale: Scale,
                        group: String, options: AnalysisOptions) -> Comparison? {
        let r = pool.ranked
        var n1 = 0, rankSum = 0.0
        for (e, l) in labels.enumerated() where l == 1 {
            n1 += 1
            rankSum += r.ranks[e]
        }
        let n0 = labels.count - n1
        guard n1 > 0, n0 > 0 else { return nil }
        guard let d1 = Descriptives(sorted: r.sortedValues { labels[$0] == 1 }),
              let d0 = Descriptives(sorted: r.sortedValues { labels[$0] == 0 })
        else { return nil }
        var c = Comparison(account: account, metric: outcome, scale: scale, group: group, n: n1, nRest: n0,
                           stats: d1, statsRest: d0)
        if scale == .raw { c.medianRatio = (d1.median + 1) / (d0.median + 1) }
        c.detectableDelta = NoetherPower.detectableDelta(n1: n1, n0: n0)
        guard min(n1, n0) >= options.minimumTested else { return c }
        let mw = MannWhitney.test(rankSum: rankSum, n1: n1, n2: n0, tieTerm: r.tieTerm)
        c.u = mw.u1
        c.p = mw.p
        c.cliffsDelta = mw.delta
        let seed = FNV1a.claimSeed(base: options.seed, account: account, outcome: outcome.rawValue,
                                   scale: scale.rawValue, feature: group)
        c.seed = seed
        if let b = Bootstrap(resamples: options.bootstrapResamples).run(pool: r, group: labels, seed: seed,
                                                                        medianRatio: scale == .raw) {
            c.ci = ConfidenceInterval(b.delta.lower, b.delta.upper)
            c.medianRatioCI = b.medianRatio.map { ConfidenceInterval($0.lower, $0.upper) }
            c.bootstrap = b.binned ? "binned (\(b.cells) cells)" : "exact"
        }
        return c
    }

    /// The user against each competitor on the performance index (and per-follower rate when both
    /// have follower counts), per outcome (§2.5).
    mutating func runBetweenAccounts() {
        guard accounts.count > 1, let u = accounts.firstIndex(where: \.isUser) else { return }
        var out: [Comparison] = []
        for c in accounts.indices where c != u {
            for o in Outcome.allCases where accounts[u].outcomes.contains(o) && accounts[c].outcomes.contains(o) {
                for s in [Scale.performanceIndex, .perFollower] {
                    let vu = accounts[u].values(o, s), vc = accounts[c].values(o, s)
                    let pool = OutcomePool(vc + vu)
                    guard let pool else { continue }
                    let member = [Bool](repeating: true, count: vc.count) + [Bool](repeating: false, count: vu.count)
                    let labels = pool.labels(member)
                    guard labels.contains(1), labels.contains(0) else { continue }
                    if let cmp = Self.compare(pool: pool, labels: labels, account: accounts[u].label + " vs " + accounts[c].label,
                                              outcome: o, scale: s, group: accounts[c].label, options: options) {
                        out.append(cmp)
                    }
                }
            }
        }
        between = out
    }
}
