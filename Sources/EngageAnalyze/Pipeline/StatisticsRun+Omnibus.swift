import Foundation

extension StatisticsRun {
    /// The primary scale of within-account findings: the performance index.
    static let primaryScale = Scale.performanceIndex

    /// Levels of a factor per unit (nil = not in any level).
    func factorLevels(_ a: Int, _ factor: String) -> [String?] {
        let acc = accounts[a]
        switch factor {
        case "weekday": return acc.weekday.map { "weekday:" + AccountData.weekdays[Int($0)] }
        case "hours": return acc.hour.map { "hours:" + AccountData.hourBins[Int($0) / 6] }
        default: return (0..<acc.count).map { GroupDefinition.contentType(acc, $0) }
        }
    }

    /// Kruskal–Wallis across content types, weekdays and hour bins per outcome (§4.4).
    func omnibusTests(_ a: Int) -> [OmnibusTest] {
        let acc = accounts[a]
        var out: [OmnibusTest] = []
        for o in acc.outcomes {
            let values = acc.values(o, Self.primaryScale)
            for factor in ["content-type", "weekday", "hours"] {
                let levels = factorLevels(a, factor)
                var byLevel: [String: [Int]] = [:]
                for u in 0..<acc.count where values[u] != nil {
                    if let l = levels[u] { byLevel[l, default: []].append(u) }
                }
                var merged: [String] = []
                var groups = byLevel.filter { $0.value.count >= 10 }
                let small = byLevel.filter { $0.value.count < 10 }.sorted { $0.key < $1.key }
                if factor == "content-type" && !small.isEmpty {
                    let other = small.flatMap(\.value)
                    merged = small.map(\.key)
                    if other.count >= 10 { groups["other"] = other } else { merged = merged.map { $0 + " (left out)" } }
                } else {
                    merged = small.map { $0.key + " (left out)" }
                }
                let names = groups.keys.sorted()
                guard names.count > 2 else { continue }
                let lists = names.map { groups[$0]!.map { values[$0]! } }
                guard let kw = KruskalWallis.test(lists) else { continue }
                out.append(OmnibusTest(account: acc.label, metric: o, scale: Self.primaryScale, factor: factor,
                                       groups: names, sizes: lists.map(\.count), mergedOrLeftOut: merged, h: kw.h,
                                       df: kw.df, p: kw.p, pAdjusted: nil, epsilonSquared: kw.epsilonSquared, pairs: []))
            }
        }
        return out
    }

    /// Dunn pairs with Holm and δ after a Kruskal–Wallis test significant after BH with ε² ≥ 0.01 (§4.5).
    func addDunn(_ t: OmnibusTest) -> OmnibusTest {
        guard (t.pAdjusted ?? 1) < 0.05, t.epsilonSquared >= 0.01,
              let a = accounts.firstIndex(where: { $0.label == t.account }) else { return t }
        let acc = accounts[a]
        let values = acc.values(t.metric, t.scale)
        let levels = factorLevels(a, t.factor)
        let named = Set(t.groups)
        var lists = [[Double]](repeating: [], count: t.groups.count)
        for u in 0..<acc.count {
            guard let v = values[u], let l = levels[u] else { continue }
            let key = named.contains(l) ? l : (named.contains("other") && t.mergedOrLeftOut.contains(l) ? "other" : nil)
            if let key, let i = t.groups.firstIndex(of: key) { lists[i].append(v) }
        }
        let d = DunnTest.test(lists)
        var out = t
        out.pairs = d.pairs.map { p in
            DunnPair(first: t.groups[p.i], second: t.groups[p.j], z: p.z, p: p.p, pHolm: p.pHolm,
                     cliffsDelta: MannWhitney.test(lists[p.i], lists[p.j], method: .asymptotic)?.delta ?? 0)
        }
        return out
    }

    /// Best weekday and 6-hour bin per outcome on the performance index (§4.6).
    func bestTimeTests(_ a: Int) -> [BestTime] {
        let acc = accounts[a]
        var out: [BestTime] = []
        for o in acc.outcomes {
            let values = acc.values(o, Self.primaryScale)
            for (factor, slotNames) in [("weekday", AccountData.weekdays), ("hours", AccountData.hourBins)] {
                var v: [Double] = [], s: [Int] = []
                for u in 0..<acc.count {
                    guard let x = values[u] else { continue }
                    v.append(x)
                    s.append(factor == "weekday" ? Int(acc.weekday[u]) : Int(acc.hour[u]) / 6)
                }
                var sizes = [Int](repeating: 0, count: slotNames.count)
                for x in s { sizes[x] += 1 }
                guard sizes.filter({ $0 > 0 }).count >= 2, v.count >= 20 else { continue }
                let seed = FNV1a.claimSeed(base: options.seed, account: acc.label, outcome: o.rawValue,
                                           scale: Self.primaryScale.rawValue, feature: "best-" + factor)
                guard let r = SlotPermutationTest(resamples: options.permutationResamples)
                    .run(values: v, slot: s, slots: slotNames.count, seed: seed) else { continue }
                let lists = slotNames.indices.map { i in v.indices.filter { s[$0] == i }.map { v[$0] } }.filter { !$0.isEmpty }
                let eps = KruskalWallis.test(lists)?.epsilonSquared
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
        // without its most-engaged post
        let acc = accounts[a]
        let values = acc.values(t.metric, Self.primaryScale)
        var bySlot = [[Double]](repeating: [], count: t.slots.count)
        for u in 0..<acc.count {
            guard let x = values[u] else { continue }
            bySlot[t.factor == "weekday" ? Int(acc.weekday[u]) : Int(acc.hour[u]) / 6].append(x)
        }
        var trimmed = bySlot[b].sorted()
        if !trimmed.isEmpty { trimmed.removeLast() }
        let without = Quantile.median(sorted: trimmed) ?? -.infinity
        let others = bySlot.indices.filter { $0 != b }.compactMap { Quantile.median(sorted: bySlot[$0].sorted()) }
        if let m = others.max(), without < m { reasons.append("not best without its most-engaged post") }
        if reasons.isEmpty {
            out.caption = "Best \(t.factor == "weekday" ? "day" : "time"): \(bestName) (\(t.timeZone)), \(TextNumber.pClause("adjusted p", t.pAdjusted ?? 1))."
        } else {
            out.best = nil
            out.caption = "No reliable best \(t.factor == "weekday" ? "day" : "time") (" + reasons.joined(separator: "; ") + ")."
        }
        return out
    }
}
