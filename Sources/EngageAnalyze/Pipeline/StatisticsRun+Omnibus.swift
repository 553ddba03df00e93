import Foundation

extension StatisticsRun {
    /// The primary scale of within-account findings: the performance index.
    static let primaryScale = Scale.performanceIndex

    /// Levels of a factor: each unit's level code (−1 = none) and the level names.
    func factorLevels(_ a: Int, _ factor: String) -> (codes: [Int32], names: [String]) {
        let acc = accounts[a]
        switch factor {
        case "weekday": return (acc.weekday.map { Int32($0) }, AccountData.weekdays.map { "weekday:" + $0 })
        case "hours": return (acc.hour.map { Int32($0) / 6 }, AccountData.hourBins.map { "hours:" + $0 })
        default:
            let names = GroupDefinition.contentTypeNames
            return ((0..<acc.count).map { GroupDefinition.contentTypeCode(acc, $0) }, names)
        }
    }

    /// Kruskal–Wallis across content types, weekdays and hour bins per outcome (§4.4), on the
    /// primary pool's ranks when every post is in a group (else on the included posts, re-ranked).
    func omnibusTests(_ a: Int) -> [OmnibusTest] {
        let acc = accounts[a]
        var out: [OmnibusTest] = []
        for o in acc.outcomes {
            guard let pool = primaryPool(a, o) else { continue }
            for factor in ["content-type", "weekday", "hours"] {
                let (codes, levelNames) = factorLevels(a, factor)
                var sizeOf = [Int](repeating: 0, count: levelNames.count)
                for u in pool.unit where codes[Int(u)] >= 0 { sizeOf[Int(codes[Int(u)])] += 1 }
                let present = levelNames.indices.filter { sizeOf[$0] > 0 }
                let small = present.filter { sizeOf[$0] < 10 }.map { levelNames[$0] }.sorted()
                var merged: [String] = []
                var toOther = false
                if factor == "content-type" && !small.isEmpty {
                    let other = present.filter { sizeOf[$0] < 10 }.reduce(0) { $0 + sizeOf[$1] }
                    if other >= 10 {
                        merged = small
                        toOther = true
                    } else {
                        merged = small.map { $0 + " (left out)" }
                    }
                } else {
                    merged = small.map { $0 + " (left out)" }
                }
                var names = present.filter { sizeOf[$0] >= 10 }.map { levelNames[$0] }
                if toOther { names.append("other") }
                let ordered = names.sorted()
                guard ordered.count > 2 else { continue }
                var groupOfLevel = [Int32](repeating: -1, count: levelNames.count)
                for i in present {
                    let name = sizeOf[i] >= 10 ? levelNames[i] : (toOther ? "other" : "")
                    if let g = ordered.firstIndex(of: name) { groupOfLevel[i] = Int32(g) }
                }
                let label: [Int32] = pool.unit.map { u in
                    let c = codes[Int(u)]
                    return c >= 0 ? groupOfLevel[Int(c)] : -1
                }
                let kw: KruskalWallis?
                var counts = [Int](repeating: 0, count: ordered.count)
                for l in label where l >= 0 { counts[Int(l)] += 1 }
                if !label.contains(-1) {
                    kw = KruskalWallis.test(pool: pool.ranked, group: label, groups: ordered.count)
                } else {
                    var lists = [[Double]](repeating: [], count: ordered.count)
                    for (e, l) in label.enumerated() where l >= 0 { lists[Int(l)].append(pool.ranked.values[e]) }
                    kw = KruskalWallis.test(lists)
                }
                guard let kw else { continue }
                out.append(OmnibusTest(account: acc.label, metric: o, scale: Self.primaryScale, factor: factor,
                                       groups: ordered, sizes: counts, mergedOrLeftOut: merged, h: kw.h,
                                       df: kw.df, p: kw.p, pAdjusted: nil, epsilonSquared: kw.epsilonSquared, pairs: []))
            }
        }
        return out
    }

    /// Dunn pairs with Holm and δ after a Kruskal–Wallis test significant after BH with ε² ≥ 0.01 (§4.5).
    func addDunn(_ t: OmnibusTest) -> OmnibusTest {
        guard (t.pAdjusted ?? 1) < 0.05, t.epsilonSquared >= 0.01,
              let a = accounts.firstIndex(where: { $0.label == t.account }),
              let pool = primaryPool(a, t.metric) else { return t }
        let (codes, levelNames) = factorLevels(a, t.factor)
        let merged = Set(t.mergedOrLeftOut)
        let groupOfLevel: [Int] = levelNames.map { l in
            if let i = t.groups.firstIndex(of: l) { return i }
            if merged.contains(l), let i = t.groups.firstIndex(of: "other") { return i }
            return -1
        }
        let label: [Int] = pool.unit.map { u in
            let c = codes[Int(u)]
            return c >= 0 ? groupOfLevel[Int(c)] : -1
        }
        var sums = [Double](repeating: 0, count: t.groups.count)
        var counts = [Int](repeating: 0, count: t.groups.count)
        var lists = [[Double]](repeating: [], count: t.groups.count)
        let all = !label.contains(-1)
        for (e, l) in label.enumerated() where l >= 0 {
            sums[l] += pool.ranked.ranks[e]
            counts[l] += 1
            if !all { lists[l].append(pool.ranked.values[e]) }
        }
        let d = all ? DunnTest.test(rankSums: sums, counts: counts, tieTerm: pool.ranked.tieTerm) : DunnTest.test(lists)
        var out = t
        out.pairs = d.pairs.map { p in
            let labels = label.map { Int8($0 == p.i ? 1 : ($0 == p.j ? 0 : -1)) }
            let delta = Self.delta(pool, labels) { labels[$0] >= 0 }?.0 ?? 0
            return DunnPair(first: t.groups[p.i], second: t.groups[p.j], z: p.z, p: p.p, pHolm: p.pHolm, cliffsDelta: delta)
        }
        return out
    }

    /// Best weekday and 6-hour bin per outcome on the performance index (§4.6).
    func bestTimeTests(_ a: Int) -> [BestTime] {
        let acc = accounts[a]
        var out: [BestTime] = []
        for o in acc.outcomes {
            guard let pool = primaryPool(a, o), pool.count >= 20 else { continue }
            for (factor, slotNames) in [("weekday", AccountData.weekdays), ("hours", AccountData.hourBins)] {
                let s: [Int] = pool.unit.map { u in factor == "weekday" ? Int(acc.weekday[Int(u)]) : Int(acc.hour[Int(u)]) / 6 }
                var sizes = [Int](repeating: 0, count: slotNames.count)
                for x in s { sizes[x] += 1 }
                guard sizes.filter({ $0 > 0 }).count >= 2 else { continue }
                let seed = FNV1a.claimSeed(base: options.seed, account: acc.label, outcome: o.rawValue,
                                           scale: Self.primaryScale.rawValue, feature: "best-" + factor)
                guard let r = SlotPermutationTest(resamples: options.permutationResamples)
                    .run(pool: pool.ranked, slot: s, slots: slotNames.count, seed: seed) else { continue }
                // ε² over the non-empty slots, on the pool's ranks
                let present = sizes.indices.filter { sizes[$0] > 0 }
                let remap = Dictionary(uniqueKeysWithValues: present.enumerated().map { ($1, Int32($0)) })
                let eps = KruskalWallis.test(pool: pool.ranked, group: s.map { remap[$0]! }, groups: present.count)?.epsilonSquared
                out.append(BestTime(account: acc.label, metric: o, factor: factor, timeZone: options.timeZoneName,
                                    slots: slotNames.map { factor + ":" + $0 }, sizes: sizes, medians: r.medians,
                                    observed: r.statistic, p: r.p, pAdjusted: nil, epsilonSquared: eps,
                                    resamples: r.resamples, best: slotNames[r.bestSlot], caption: ""))
            }
        }
        return out
    }

    /// Names a best slot only if p_BH < 0.05, ε² ≥ 0.01, the slot has ≥ 30 posts and it stays best
    /// without its most-engaged post; otherwise "no reliable best time".
    func decideBestTime(_ a: Int, _ t: BestTime) -> BestTime {
        var out = t
        guard let bestName = t.best, let b = t.slots.firstIndex(of: t.factor + ":" + bestName) else { return t }
        var reasons: [String] = []
        if (t.pAdjusted ?? 1) >= 0.05 { reasons.append(TextNumber.pClause("adjusted p", t.pAdjusted ?? 1)) }
        if (t.epsilonSquared ?? 0) < 0.01 { reasons.append(String(format: "ε² = %.3f", t.epsilonSquared ?? 0)) }
        if t.sizes[b] < 30 { reasons.append("\(t.sizes[b]) posts in the slot") }
        // without its most-engaged post: the slot's values in sorted order, minus the largest
        if let pool = primaryPool(a, t.metric) {
            let acc = accounts[a]
            var slotValues: [Double] = []
            for e in pool.ranked.order {
                let u = Int(pool.unit[Int(e)])
                let slot = t.factor == "weekday" ? Int(acc.weekday[u]) : Int(acc.hour[u]) / 6
                if slot == b { slotValues.append(pool.ranked.values[Int(e)]) }
            }
            if !slotValues.isEmpty { slotValues.removeLast() }
            let without = Quantile.median(sorted: slotValues) ?? -.infinity
            let others = t.medians.indices.filter { $0 != b }.compactMap { t.medians[$0] }
            if let m = others.max(), without < m { reasons.append("not best without its most-engaged post") }
        }
        if reasons.isEmpty {
            out.caption = "Best \(t.factor == "weekday" ? "day" : "time"): \(bestName) (\(t.timeZone)), \(TextNumber.pClause("adjusted p", t.pAdjusted ?? 1))."
        } else {
            out.best = nil
            out.caption = "No reliable best \(t.factor == "weekday" ? "day" : "time") (" + reasons.joined(separator: "; ") + ")."
        }
        return out
    }
}
