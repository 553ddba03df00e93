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
            let offset: String
            if x.offset == nil {
                offset = "none"
            } else if !acc.impressions.isEmpty, rows.allSatisfy({ acc.impressions[$0] != nil }) {
                offset = "ln impressions"
            } else {
                offset = "ln followers"
            }
            let y = rows.map { v[$0]! }
            guard let fit = CountRegression.fit(consume x, y) else { return nil }
            return ModelReport(outcome: o, offset: offset, trend: options.trend.rawValue,
                               dropped: dropped, reference: reference, fit: fit)
        }
    }

    /// The design of an account's model over `rows` (units), written column by column straight into
    /// the matrix (a million-post model holds no other copy).
    func design(_ a: Int, _ rows: [Int]) -> (DesignMatrix, [String], String?) {
        let acc = accounts[a]
        var dropped: [String] = []
        var offset: [Double]?
        if !acc.impressions.isEmpty, rows.allSatisfy({ acc.impressions[$0] != nil }) {
            offset = rows.map { log(acc.impressions[$0]!) }
        } else if (acc.timeline?.snapshots.count ?? 0) >= 2 {
            let f = rows.map { acc.followers[$0] ?? 0 }
            if f.allSatisfy({ $0 > 0 }) { offset = f.map(log) }
        }
        // intercept, 6 flags, length, trend, the hour bins after the first, weekend, content types
        let columns = 1 + 6 + 1 + 1 + (AccountData.hourBins.count - 1) + 1 + GroupDefinition.contentTypeNames.count
        var x = DesignMatrix(rows: rows.count, columns: columns, offset: offset)
        func add(_ name: String, _ value: (Int) -> Double) {
            if !x.append(name, value) { dropped.append(name) }
        }
        /// A 0/1 flag, dropped with fewer than 10 posts on either side.
        func addFlag(_ name: String, _ isSet: (Int) -> Bool) {
            var ones = 0
            for i in rows.indices where isSet(rows[i]) { ones += 1 }
            if ones < 10 || rows.count - ones < 10 {
                dropped.append(name)
            } else {
                add(name) { isSet(rows[$0]) ? 1 : 0 }
            }
        }
        for (f, name) in [(PostFeatures.link, "link"), (.media, "media"), (.hashtag, "hashtag"),
                          (.mention, "mention"), (.question, "question"), (.thread, "thread")] {
            addFlag(name) { acc.features[$0].contains(f) }
        }
        let length: (Int) -> Double = { log1p(Double(self.input.feed[Int(acc.units.units[$0])].length)) }
        let firstLength = length(rows[0])
        if rows.contains(where: { length($0) != firstLength }) {
            add("log_len") { length(rows[$0]) }
        } else {
            dropped.append("log_len")
        }
        // trend
        let t0 = rows.map { acc.created[$0] }.min() ?? 0
        switch options.trend {
        case .linear:
            var sum = 0.0
            for u in rows { sum += (acc.created[u] - t0) / 86400 }
            let mean = sum / Double(rows.count)
            var ss = 0.0
            for u in rows {
                let d = (acc.created[u] - t0) / 86400 - mean
                ss += d * d
            }
            let sd = (ss / Double(max(1, rows.count - 1))).squareRoot()
            if sd > 0 {
                add("trend") { ((acc.created[rows[$0]] - t0) / 86400 - mean) / sd }
            } else {
                dropped.append("trend")
            }
        case .quarterly:
            for (name, column) in quarterDummies(rows.map { acc.created[$0] }) { add(name) { column[$0] } }
        }
        for (i, b) in AccountData.hourBins.enumerated().dropFirst() {
            addFlag("hours:" + b) { Int(acc.hour[$0]) / 6 == i }
        }
        addFlag("weekend") { acc.weekday[$0] >= 5 }
        // content types, reference = the most common
        var reference: String?
        let names = GroupDefinition.contentTypeNames
        var counts = [Int](repeating: 0, count: names.count + 1)  // last: unclassified
        for u in rows {
            let c = GroupDefinition.contentTypeCode(acc, u)
            counts[c >= 0 ? Int(c) : names.count] += 1
        }
        if counts[names.count] < rows.count {
            let label = names + ["unclassified"]
            let ordered = label.indices.filter { counts[$0] > 0 }
                .sorted { counts[$0] > counts[$1] || (counts[$0] == counts[$1] && label[$0] < label[$1]) }
            reference = label[ordered[0]]
            for code in ordered.dropFirst() {
                addFlag("type=" + label[code]) { u in
                    let c = GroupDefinition.contentTypeCode(acc, u)
                    return (c >= 0 ? Int(c) : names.count) == code
                }
            }
        }
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
