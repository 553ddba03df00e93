import EngageCore
import Foundation

extension StatisticsRun {
    /// δ of group 1 against group 0 over the pool elements `include` keeps, by one pass over the
    /// sorted order (ties count ½).
    static func delta(_ pool: OutcomePool, _ labels: [Int8], include: (Int) -> Bool) -> (Double, Int, Int)? {
        let r = pool.ranked
        var u = 0.0, below0 = 0.0
        var n1 = 0, n0 = 0
        var i = 0
        let n = r.count
        while i < n {
            let lv = r.level[Int(r.order[i])]
            var c1 = 0, c0 = 0
            var j = i
            while j < n && r.level[Int(r.order[j])] == lv {
                let e = Int(r.order[j])
                if include(e) {
                    if labels[e] == 1 { c1 += 1 } else { c0 += 1 }
                }
                j += 1
            }
            u += Double(c1) * (below0 + 0.5 * Double(c0))
            below0 += Double(c0)
            n1 += c1
            n0 += c0
            i = j
        }
        guard n1 > 0, n0 > 0 else { return nil }
        return (2 * u / (Double(n1) * Double(n0)) - 1, n1, n0)
    }

    /// δ without element `top`, and δ in the earlier (created ≤ median) and later halves, in one
    /// pass over the sorted pool.
    static func gateDeltas(_ pool: OutcomePool, _ labels: [Int8], top: Int, created: [Double], median: Double)
        -> (Double?, Double?, Double?) {
        let r = pool.ranked
        // 0: all but `top`; 1: earlier half; 2: later half
        var u0 = 0.0, u1 = 0.0, u2 = 0.0, b0 = 0.0, b1 = 0.0, b2 = 0.0
        var n10 = 0, n11 = 0, n12 = 0, n00 = 0, n01 = 0, n02 = 0
        let n = r.count
        r.order.withUnsafeBufferPointer { order in
            r.level.withUnsafeBufferPointer { level in
                labels.withUnsafeBufferPointer { labels in
                    pool.unit.withUnsafeBufferPointer { unit in
                        created.withUnsafeBufferPointer { created in
                            var i = 0
                            while i < n {
                                let lv = level[Int(order[i])]
                                var a0 = 0, a1 = 0, a2 = 0, c0 = 0, c1 = 0, c2 = 0
                                var j = i
                                while j < n {
                                    let e = Int(order[j])
                                    if level[e] != lv { break }
                                    let early = created[Int(unit[e])] <= median
                                    if labels[e] == 1 {
                                        if e != top { a0 += 1 }
                                        if early { a1 += 1 } else { a2 += 1 }
                                    } else {
                                        if e != top { c0 += 1 }
                                        if early { c1 += 1 } else { c2 += 1 }
                                    }
                                    j += 1
                                }
                                u0 += Double(a0) * (b0 + 0.5 * Double(c0)); b0 += Double(c0)
                                u1 += Double(a1) * (b1 + 0.5 * Double(c1)); b1 += Double(c1)
                                u2 += Double(a2) * (b2 + 0.5 * Double(c2)); b2 += Double(c2)
                                n10 += a0; n11 += a1; n12 += a2
                                n00 += c0; n01 += c1; n02 += c2
                                i = j
                            }
                        }
                    }
                }
            }
        }
        func d(_ u: Double, _ a: Int, _ b: Int) -> Double? { a > 0 && b > 0 ? 2 * u / (Double(a) * Double(b)) - 1 : nil }
        return (d(u0, n10, n00), d(u1, n11, n01), d(u2, n12, n02))
    }

    /// The §7.1 gate and §7.2 verdict of a comparison on the primary scale.
    func gate(_ c: Comparison, account a: Int, pool primary: OutcomePool?) -> (FindingVerdict, [GateCheck]) {
        let small = min(c.n, c.nRest)
        var checks: [GateCheck] = []
        let nOK = c.n >= options.minimumFinding && c.nRest >= options.minimumFinding
        checks.append(GateCheck(name: "n", passed: nOK, detail: "\(TextNumber.int(c.n)) vs \(TextNumber.int(c.nRest)) posts"))
        if small < options.minimumTested { return (.notTested, checks) }
        guard let delta = c.cliffsDelta, let pAdj = c.pAdjusted else { return (.notTested, checks) }
        let sig = pAdj < 0.05
        checks.append(GateCheck(name: "significance", passed: sig, detail: TextNumber.pClause("adjusted p", pAdj)))
        let big = abs(delta) >= CliffsDelta.smallThreshold
        let ciOK = c.ci?.excludesZero ?? false
        checks.append(GateCheck(name: "effect", passed: big && ciOK, detail: "δ = \(TextNumber.signed(delta))"
            + (c.ci.map { " (95 % CI \(TextNumber.signed($0.lower)) to \(TextNumber.signed($0.upper)))" } ?? "")))
        // 4a model
        var modelOK: Bool?
        if let m = c.model {
            if m.unstable {
                checks.append(GateCheck(name: "model", passed: nil, detail: "model unstable (\(m.method)); resting on the other checks"))
            } else {
                let same = (m.ratio > 1) == (delta > 0)
                modelOK = same && (m.lower > 1 || m.upper < 1)
                checks.append(GateCheck(name: "model", passed: modelOK,
                                        detail: "IRR \(TextNumber.ratio(m.ratio)) (\(TextNumber.ratio(m.lower))–\(TextNumber.ratio(m.upper)))"))
            }
        } else {
            checks.append(GateCheck(name: "model", passed: nil, detail: "no model term for this group"))
        }
        // 4b without the favoured group's most-engaged post, 4c halves
        var topOK: Bool?, halvesOK: Bool?
        let acc = accounts[a]
        if let pool = c.scale == Self.primaryScale ? primary : OutcomePool(acc.values(c.metric, c.scale)),
           let g = groups[a].first(where: { $0.name == c.group }) {
            let labels = pool.labels(g.member)
            let favoured: Int8 = delta > 0 ? 1 : 0
            var top = -1
            var best = -Double.infinity
            for e in 0..<pool.count where labels[e] == favoured {
                let v = pool.ranked.values[e]
                if v > best || (v == best && acc.created[Int(pool.unit[e])] > acc.created[Int(pool.unit[top])]) {
                    best = v
                    top = e
                }
            }
            // units are in posting order, so the pool's elements are too: the median date is the
            // middle element's (mean of the middle two for an even count)
            let n = pool.count
            let median = (acc.created[Int(pool.unit[(n - 1) / 2])] + acc.created[Int(pool.unit[n / 2])]) / 2
            let (withoutTop, early, late) = Self.gateDeltas(pool, labels, top: top, created: acc.created, median: median)
            if let d = withoutTop {
                topOK = (d > 0) == (delta > 0) && abs(d) >= CliffsDelta.smallThreshold
                checks.append(GateCheck(name: "without-top-post", passed: topOK, detail: "δ = \(TextNumber.signed(d)) without the most-engaged post"))
            }
            if let d1 = early, let d2 = late {
                halvesOK = (d1 > 0) == (delta > 0) && (d2 > 0) == (delta > 0) && d1 != 0 && d2 != 0
                checks.append(GateCheck(name: "halves", passed: halvesOK,
                                        detail: "earlier half \(TextNumber.signed(d1)), later half \(TextNumber.signed(d2))"))
            } else {
                halvesOK = false
                checks.append(GateCheck(name: "halves", passed: false, detail: "the group is missing from one half of the history"))
            }
        }
        if !nOK { return (.tooFewPosts, checks) }
        let consistent = modelOK != false && topOK == true && halvesOK == true
        if sig && big && ciOK && consistent { return (.recommendation, checks) }
        if sig && !big { return (.realButSmall, checks) }
        if big { return (.possiblePattern, checks) }
        return (.noClearDifference, checks)
    }
}
