import EngageCore
import Foundation

extension StatisticsRun {
    static let lowValue: Set<String> = ["class:follower-begging", "class:follow-back", "class:paid-followers",
                                        "class:engagement-bait", "class:vanity-metric", "class:hard-sell", "class:spam"]
    static let solicitingReposts: Set<String> = ["class:follower-begging", "class:engagement-bait", "class:follow-back"]

    /// Findings of every account, outcome and group turned into sentences, ranked (§7).
    func makeRecommendations() -> [Recommendation] {
        var out: [Recommendation] = []
        var index: [String: Comparison] = [:]
        for c in comparisons { index["\(c.account)|\(c.metric.rawValue)|\(c.scale.rawValue)|\(c.group)"] = c }
        let byKey = index
        for (a, acc) in accounts.enumerated() {
            for o in acc.outcomes {
                let pool = primaryPool(a, o)
                let frozen = self, groups = self.groups[a]
                let found = Parallel.map(groups.count) { gi -> Recommendation? in
                    let g = groups[gi]
                    func key(_ s: Scale) -> String { "\(acc.label)|\(o.rawValue)|\(s.rawValue)|\(g.name)" }
                    guard let c = byKey[key(Self.primaryScale)] ?? byKey[key(.raw)] else { return nil }
                    let raw = byKey[key(.raw)]
                    let (verdict, checks) = frozen.gate(c, account: a, pool: pool)
                    let lowValue = Self.lowValue.contains(g.name)
                    let explained = c.model.map { !$0.unstable && ($0.lower > 1 || $0.upper < 1) } ?? false
                    let include: Bool
                    switch verdict {
                    case .recommendation, .realButSmall, .possiblePattern: include = true
                    case .noClearDifference: include = lowValue || explained
                    case .tooFewPosts: include = lowValue || abs(c.cliffsDelta ?? 0) >= CliffsDelta.smallThreshold
                    case .notTested: include = lowValue
                    }
                    guard include else { return nil }
                    return frozen.recommendation(a: a, group: g, c: c, raw: raw, verdict: verdict, checks: checks, pool: pool)
                }
                out += found.compactMap { $0 }
            }
        }
        let order: [FindingVerdict] = [.recommendation, .realButSmall, .possiblePattern, .noClearDifference, .tooFewPosts, .notTested]
        return out.sorted { x, y in
            if x.competitor != y.competitor { return !x.competitor }
            let ox = order.firstIndex(of: x.verdict)!, oy = order.firstIndex(of: y.verdict)!
            if ox != oy { return ox < oy }
            if x.rank != y.rank { return x.rank > y.rank }
            return (x.account, x.metric.rawValue, x.group) < (y.account, y.metric.rawValue, y.group)
        }
    }

    func recommendation(a: Int, group g: GroupDefinition, c: Comparison, raw: Comparison?, verdict: FindingVerdict,
                        checks: [GateCheck], pool primary: OutcomePool?) -> Recommendation {
        let acc = accounts[a]
        let o = c.metric
        let genuine = o == .replies && acc.measure[.replies] == .genuine
        let noun = OutcomeText.noun(g.name)
        let delta = c.cliffsDelta ?? 0
        let lowValue = Self.lowValue.contains(g.name)
        let competitor = !acc.isUser
        var direction: Recommendation.Direction = .none
        if verdict == .recommendation && !competitor {
            direction = delta > 0 ? (lowValue ? .none : .doMore) : .doLess
        }
        // raw counts of the same units the test used
        let pool = c.scale == Self.primaryScale ? primary : OutcomePool(acc.values(o, c.scale))
        var rawIn: [Double] = [], rawOut: [Double] = []
        if let pool {
            let v = acc.values(o, .raw)
            for u in pool.unit {
                guard let y = v[Int(u)] else { continue }
                if g.member[Int(u)] { rawIn.append(y) } else { rawOut.append(y) }
            }
        }
        let d1 = Quantile.quartiles(unsorted: rawIn), d0 = Quantile.quartiles(unsorted: rawOut)
        func mq(_ d: (q1: Double, median: Double, q3: Double)?) -> String {
            guard let d else { return "–" }
            return "\(TextNumber.value(d.median)) (quartiles \(TextNumber.value(d.q1))–\(TextNumber.value(d.q3)))"
        }
        let what = OutcomeText.plural(o, genuine: genuine)
        var s = ""
        let who = competitor ? "In their feed, \(noun)" : "Your \(noun)"
        let headline: String
        switch verdict {
        case .notTested:
            headline = competitor ? "In their feed: \(noun) — not tested." : "Not tested: \(noun)."
            s = "Not tested: fewer than 10 posts (\(TextNumber.int(c.n)) vs \(TextNumber.int(c.nRest)))."
        case .tooFewPosts:
            headline = competitor ? "In their feed: too few \(noun) to tell." : "Too few \(noun) to tell."
            s = "Too few posts to tell: \(noun) has \(TextNumber.int(c.n)) posts and the comparison group \(TextNumber.int(c.nRest)). At least 30 of each are needed."
        default:
            let more = delta > 0
            let adverb: String
            switch CliffsDelta.label(delta) {
            case .negligible, .small: adverb = "tended to get"
            case .medium: adverb = "clearly got"
            case .large: adverb = "got, by a wide margin,"
            }
            switch verdict {
            case .recommendation:
                if competitor {
                    headline = "In their feed, \(noun) earned \(more ? "more" : "fewer") \(what)."
                } else if lowValue && more {
                    headline = "Your \(noun) drew more \(what) than your other posts."
                } else {
                    headline = OutcomeText.headline(g.name, more: more)
                }
                s = "\(who) \(adverb) \(more ? "more" : "fewer") \(what): "
            case .realButSmall:
                headline = (competitor ? "In their feed, " : "") + "\(noun.prefix(1).uppercased() + noun.dropFirst()): a real but small difference in \(what)."
                s = "\(who) differed, but too little to matter: "
            case .possiblePattern:
                headline = (competitor ? "In their feed, possibly: " : "Possible pattern: ") + "\(noun) and \(what)."
                s = "\(who) may have got \(more ? "more" : "fewer") \(what), but not every check holds — worth a test (alternate formats for about four weeks): "
            default:
                headline = (competitor ? "In their feed, " : "") + "No clear difference: \(noun) and \(what)."
                s = "\(who) did not differ clearly from the rest: "
            }
            s += "median \(mq(d1)) vs \(mq(d0)) for other posts (n = \(TextNumber.int(c.n)) vs \(TextNumber.int(c.nRest)); scale: \(c.scale.label)). "
            s += "Cliff's δ = \(TextNumber.signed(delta))"
            if let ci = c.ci {
                s += " (95 % CI \(TextNumber.signed(ci.lower)) to \(TextNumber.signed(ci.upper)), \(CliffsDelta.label(delta).rawValue))"
            }
            s += ", \(TextNumber.pClause("adjusted p", c.pAdjusted ?? 1)); "
            if let m = c.model {
                s += m.unstable ? "model unstable" : "NB2 IRR \(TextNumber.ratio(m.ratio)) (\(TextNumber.ratio(m.lower))–\(TextNumber.ratio(m.upper)))"
                if let ref = m.reference { s += " vs \(OutcomeText.noun(ref))" }
            } else {
                s += "no model term"
            }
            s += "; " + filterPhrase(acc, o) + "."
            if verdict == .noClearDifference, let m = c.model, !m.unstable, m.lower > 1 || m.upper < 1 {
                s += " The model's IRR of \(TextNumber.ratio(m.ratio)) rests on the mean: a few heavily engaged posts carry it, while the typical post did not differ."
            }
        }
        // time confound display (§7.1)
        if let raw, let rd = raw.cliffsDelta, c.scale != .raw, let pd = c.cliffsDelta,
           (rd > 0) != (pd > 0) || CliffsDelta.label(rd) != CliffsDelta.label(pd) {
            s += " On raw counts δ = \(TextNumber.signed(rd)) instead: raw counts are confounded with time (share of \(noun) by year: \(yearShares(a, g))); the verdict rests on the performance index and the trend model."
        }
        if lowValue && o == .replies && genuine, let note = rawVersusGenuine(a, g) { s += " " + note }
        if o == .reposts && Self.solicitingReposts.contains(g.name) { s += " Their reposts were solicited (the posts ask for them)." }
        let examples = exampleList(a, g, o)
        if !examples.isEmpty, verdict != .notTested {
            s += " Examples: " + examples.map { e in
                var t = "\"\(e.text)\" ("
                if let d = e.date { t += TextNumber.day(d) + ", " }
                t += e.count.map { OutcomeText.count($0, o, genuine: genuine) } ?? "count unknown"
                t += ", " + (e.url ?? "id " + e.id) + ")"
                return t
            }.joined(separator: ", ") + "."
        }
        return Recommendation(account: acc.label, competitor: competitor, group: g.name, metric: o, scale: c.scale,
                              verdict: verdict, direction: direction, headline: headline, text: s, checks: checks,
                              evidence: c, rawEvidence: raw, examples: examples,
                              rank: verdict == .recommendation ? abs(delta) : abs(delta) / 10)
    }

    /// "9.0 % of replies filtered" / "replies are unfiltered counts".
    func filterPhrase(_ acc: AccountData, _ o: Outcome) -> String {
        switch o {
        case .replies:
            if acc.measure[.replies] == .genuine, let f = acc.filter, f.rawReplies > 0 {
                return "\(TextNumber.percent(f.share)) of replies filtered"
            }
            return "replies are unfiltered counts"
        case .reposts: return "reposts are unfiltered counts"
        case .likes: return "likes are never filtered and never genuine"
        }
    }

    /// "2014 59 %, 2015 55 %, …".
    func yearShares(_ a: Int, _ g: GroupDefinition) -> String {
        let acc = accounts[a]
        var clock = LocalClock(timeZone: options.timeZone)
        var total: [Int: Int] = [:], inGroup: [Int: Int] = [:]
        for u in 0..<acc.count {
            let y = clock.yearAndMonth(acc.created[u]).0
            total[y, default: 0] += 1
            if g.member[u] { inGroup[y, default: 0] += 1 }
        }
        return total.keys.sorted().map { y in
            "\(y) \(String(format: "%.0f", 100 * Double(inGroup[y] ?? 0) / Double(total[y]!))) %"
        }.joined(separator: ", ")
    }

    /// For low-value classes: did they win before the filter but not after?
    func rawVersusGenuine(_ a: Int, _ g: GroupDefinition) -> String? {
        let acc = accounts[a]
        guard !acc.replyRecords.isEmpty, let genuine = acc.values[.replies] else { return nil }
        var rx: [Double] = [], ry: [Double] = [], gx: [Double] = [], gy: [Double] = []
        for u in 0..<acc.count {
            guard let gv = genuine[u] else { continue }
            let rv = Double(acc.replyRecords[u])
            if g.member[u] {
                rx.append(rv)
                gx.append(gv)
            } else {
                ry.append(rv)
                gy.append(gv)
            }
        }
        guard rx.count >= options.minimumTested, ry.count >= options.minimumTested,
              let r = MannWhitney.test(rx, ry, method: .asymptotic), let gt = MannWhitney.test(gx, gy, method: .asymptotic)
        else { return nil }
        if r.delta > 0 && r.p < 0.05 && !(gt.delta > 0 && gt.p < 0.05) {
            return "Before filtering they drew more replies (δ = \(TextNumber.signed(r.delta))), but not more genuine ones (δ = \(TextNumber.signed(gt.delta))): the extra replies were the author's own, spam, begging or flagged accounts."
        }
        return nil
    }

    /// 2–3 posts of the group whose PI is closest to the group's median PI (ties → most recent).
    func exampleList(_ a: Int, _ g: GroupDefinition, _ o: Outcome) -> [ExamplePost] {
        let acc = accounts[a]
        let pi = acc.values(o, .performanceIndex), raw = acc.values(o, .raw)
        let members = (0..<acc.count).filter { g.member[$0] && pi[$0] != nil }
        let useRaw = members.isEmpty
        let pool = useRaw ? (0..<acc.count).filter { g.member[$0] && raw[$0] != nil } : members
        guard !pool.isEmpty else { return [] }
        let v = pool.map { useRaw ? raw[$0]! : pi[$0]! }
        let median = Quantile.median(unsorted: v) ?? 0
        // the k closest to the median (ties → most recent), by one pass keeping the best k
        var best: [Int] = []
        func better(_ i: Int, _ j: Int) -> Bool {
            let di = abs(v[i] - median), dj = abs(v[j] - median)
            if di != dj { return di < dj }
            return acc.created[pool[i]] > acc.created[pool[j]]
        }
        for i in pool.indices {
            if best.count < options.examples {
                best.append(i)
                best.sort(by: better)
            } else if better(i, best[best.count - 1]) {
                best[best.count - 1] = i
                best.sort(by: better)
            }
        }
        let ranked = best
        return ranked.prefix(options.examples).map { i in
            let u = pool[i]
            let rec = input.feed[Int(acc.units.units[u])]
            return ExamplePost(id: rec.id, url: input.url(rec), date: rec.createdDate, text: input.snippet(rec),
                               count: raw[u].map { Int($0) }, pi: pi[u])
        }
    }

    /// §2.5: each account's PI and per-follower distribution, overall and per content type.
    func makeSideBySide() -> [SideBySideRow] {
        guard accounts.count > 1 else { return [] }
        var rows: [SideBySideRow] = []
        for acc in accounts {
            for o in acc.outcomes {
                let pi = acc.values(o, .performanceIndex), rate = acc.values(o, .perFollower), raw = acc.values(o, .raw)
                var sets: [(String, [Int])] = [("all", Array(0..<acc.count))]
                var byType: [String: [Int]] = [:]
                for u in 0..<acc.count { if let t = GroupDefinition.contentType(acc, u) { byType[t, default: []].append(u) } }
                for t in byType.keys.sorted() { sets.append((t, byType[t]!)) }
                for (name, units) in sets {
                    let r = units.compactMap { raw[$0] }
                    rows.append(SideBySideRow(
                        account: acc.label, metric: o, group: name, n: r.count,
                        pi: Descriptives(values: units.compactMap { pi[$0] }),
                        perFollower: rate.isEmpty ? nil : Descriptives(values: units.compactMap { rate[$0] }),
                        shareAtLeastOne: r.isEmpty ? nil : Double(r.filter { $0 >= 1 }.count) / Double(r.count)))
                }
            }
        }
        return rows
    }
}
