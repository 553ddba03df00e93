import Foundation

extension StatisticsRun {
    /// NB2 (with fallbacks and hurdle) per outcome of an account (§5.1): flags, ln(1 + length), the
    /// mandatory time trend, 6-hour bins, weekend and content-type dummies.
    func fitModels(_ a: Int) -> [ModelReport] {
        let acc = accounts[a]
        return acc.outcomes.compactMap { o -> ModelReport? in
            let v = acc.values(o, .raw)
            let rows = v.indices.filter { v[$0] != nil }
            guard rows.count >= 20 else { return nil }
            let (x, dropped, reference) = design(a, rows)
            let offset = x.offset != nil
            let y = rows.map { v[$0]! }
            guard let fit = CountRegression.fit(consume x, y) else { return nil }
            return ModelReport(outcome: o, offset: offset ? "ln followers" : "none", trend: options.trend.rawValue,
                               dropped: dropped, reference: reference, fit: fit)
        }
    }

    /// The design of an account's model over `rows` (units): its columns live only here.
    func design(_ a: Int, _ rows: [Int]) -> (DesignMatrix, [String], String?) {
        let acc = accounts[a]
        var cols: [(String, [Double])] = []
        var dropped: [String] = []
        func addFlag(_ name: String, _ x: [Double]) {
            let ones = x.reduce(0, +)
            if ones < 10 || Double(x.count) - ones < 10 {
                dropped.append(name)
            } else {
                cols.append((name, x))
            }
        }
        for (f, name) in [(PostFeatures.link, "link"), (.media, "media"), (.hashtag, "hashtag"),
                          (.mention, "mention"), (.question, "question"), (.thread, "thread")] {
            addFlag(name, rows.map { acc.features[$0].contains(f) ? 1 : 0 })
        }
        let lengths = rows.map { log1p(Double(input.feed[Int(acc.units.units[$0])].length)) }
        if Set(lengths).count > 1 { cols.append(("log_len", lengths)) } else { dropped.append("log_len") }
        // trend
        let t0 = rows.map { acc.created[$0] }.min() ?? 0
        let days = rows.map { (acc.created[$0] - t0) / 86400 }
        switch options.trend {
        case .linear:
            let mean = days.reduce(0, +) / Double(days.count)
            let sd = (days.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(1, days.count - 1))).squareRoot()
            if sd > 0 { cols.append(("trend", days.map { ($0 - mean) / sd })) } else { dropped.append("trend") }
        case .quarterly:
            cols += quarterDummies(rows.map { acc.created[$0] })
        }
        for (i, b) in AccountData.hourBins.enumerated().dropFirst() {
            addFlag("hours:" + b, rows.map { Int(acc.hour[$0]) / 6 == i ? 1 : 0 })
        }
        addFlag("weekend", rows.map { acc.weekday[$0] >= 5 ? 1 : 0 })
        // content types, reference = the most common
        let types = rows.map { GroupDefinition.contentType(acc, $0) }
        var reference: String?
        if types.contains(where: { $0 != nil }) {
            var counts: [String: Int] = [:]
            for t in types { counts[t ?? "unclassified", default: 0] += 1 }
            let ordered = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
            reference = ordered.first?.key
            for (name, _) in ordered.dropFirst() {
                addFlag("type=" + name, types.map { ($0 ?? "unclassified") == name ? 1 : 0 })
            }
        }
        // drop exact duplicates of an earlier column
        var unique: [(String, [Double])] = []
        for c in cols {
            if unique.contains(where: { $0.1 == c.1 }) { dropped.append(c.0) } else { unique.append(c) }
        }
        cols = []
        var offset: [Double]?
        if (acc.timeline?.snapshots.count ?? 0) >= 2 {
            let f = rows.map { acc.followers[$0] ?? 0 }
            if f.allSatisfy({ $0 > 0 }) { offset = f.map(log) }
        }
        var x = DesignMatrix(columns: unique, offset: offset)
        let collinear = x.dropCollinear()
        return (x, dropped + collinear, reference)
    }

    /// One dummy per calendar quarter after the first; quarters under 10 posts are merged forward.
    func quarterDummies(_ times: [Double]) -> [(String, [Double])] {
        var clock = LocalClock(timeZone: TimeZone(identifier: "UTC")!)
        let q = times.map { t -> Int in
            let (y, m) = clock.yearAndMonth(t)
            return y * 4 + (m - 1) / 3
        }
        let quarters = Array(Set(q)).sorted()
        var label: [Int: Int] = [:]  // quarter → merged group
        var groups: [[Int]] = []
        var current: [Int] = []
        var size = 0
        for k in quarters {
            current.append(k)
            size += q.filter { $0 == k }.count
            if size >= 10 {
                groups.append(current)
                current = []
                size = 0
            }
        }
        if !current.isEmpty {
            if groups.isEmpty { groups.append(current) } else { groups[groups.count - 1] += current }
        }
        for (g, ks) in groups.enumerated() { for k in ks { label[k] = g } }
        return groups.indices.dropFirst().map { g in
            let k = groups[g][0]
            return ("quarter:\(k / 4)Q\(k % 4 + 1)", q.map { label[$0] == g ? 1 : 0 })
        }
    }

    /// The model term that speaks to a group, when the model has one.
    static func term(for group: String) -> String? {
        if group.hasPrefix("class:") || group.hasPrefix("kind:") { return "type=" + group }
        if group.hasPrefix("hours:") { return group }
        if ["link", "media", "hashtag", "mention", "question", "thread"].contains(group) { return group }
        return nil
    }

    /// Copies each comparison's model term in.
    mutating func attachModelEvidence() {
        for i in comparisons.indices {
            let c = comparisons[i]
            guard let a = accounts.firstIndex(where: { $0.label == c.account }),
                  let m = models[a].first(where: { $0.outcome == c.metric }),
                  let name = Self.term(for: c.group), let t = m.fit.model.term(name) else { continue }
            comparisons[i].model = ModelEvidence(
                term: name, ratio: t.ratio, lower: t.lower, upper: t.upper, p: t.p, method: m.fit.model.method.rawValue,
                unstable: m.fit.model.unstable,
                reference: name.hasPrefix("type=") ? m.reference : (name.hasPrefix("hours:") ? "hours:00-05" : nil))
        }
    }
}
