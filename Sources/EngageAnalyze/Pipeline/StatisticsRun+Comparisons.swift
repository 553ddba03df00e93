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
                        Self.compare(pool: pool, member: groups[g].member, account: label, outcome: o,
                                     scale: s, group: groups[g].name, options: options)
                    }.compactMap { $0 }
                }
            }
        }
        comparisons = out
    }

    /// Group 1 against group 0 of a pool: descriptives, Mann–Whitney, δ and its bootstrap CI.
    static func compare(pool: OutcomePool, member: [Bool], account: String, outcome: Outcome, scale: Scale,
                        group: String, options: AnalysisOptions) -> Comparison? {
        // one pass: counts per distinct value in each group; everything else is O(distinct values)
        let r = pool.ranked
        let k = r.levels.count
        var c1 = [Int](repeating: 0, count: k), c0 = [Int](repeating: 0, count: k)
        r.level.withUnsafeBufferPointer { level in
            pool.unit.withUnsafeBufferPointer { unit in
                member.withUnsafeBufferPointer { member in
                    for e in 0..<level.count {
                        if member[Int(unit[e])] { c1[Int(level[e])] += 1 } else { c0[Int(level[e])] += 1 }
                    }
                }
            }
        }
        var n1 = 0, n0 = 0, rankSum = 0.0, start = 0
        for l in 0..<k {
            let t = c1[l] + c0[l]
            rankSum += Double(c1[l]) * (Double(start) + Double(t + 1) / 2)
            start += t
            n1 += c1[l]
            n0 += c0[l]
        }
        guard n1 > 0, n0 > 0 else { return nil }
        guard let d1 = Descriptives(levels: r.levels, counts: c1), let d0 = Descriptives(levels: r.levels, counts: c0)
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
        if let b = Bootstrap(resamples: options.bootstrapResamples).run(levels: r.levels, c1: c1, c0: c0, seed: seed,
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
                    if let cmp = Self.compare(pool: pool, member: member, account: accounts[u].label + " vs " + accounts[c].label,
                                              outcome: o, scale: s, group: accounts[c].label, options: options) {
                        out.append(cmp)
                    }
                }
            }
        }
        between = out
    }
}
