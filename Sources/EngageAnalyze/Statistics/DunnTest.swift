/// Dunn's post-hoc pairwise test after a Kruskal–Wallis test, Holm-adjusted (ANALYSIS.md §4.5).
struct DunnTest: Sendable, Hashable {
    /// One pair (i, j), in the order i < j.
    struct Pair: Sendable, Hashable {
        var i: Int
        var j: Int
        /// (R̄ᵢ − R̄ⱼ) / SE.
        var z: Double
        /// 2·(1 − Φ(|z|)).
        var p: Double
        /// Holm-adjusted across all pairs.
        var pHolm: Double
    }

    var pairs: [Pair]

    /// Every pair of groups from rank sums, sizes and the pooled tie term.
    static func test(rankSums: [Double], counts: [Int], tieTerm: Double) -> DunnTest {
        let n = Double(counts.reduce(0, +))
        let base = n * (n + 1) / 12 - tieTerm / (12 * (n - 1))
        var pairs: [Pair] = []
        for i in 0..<counts.count {
            for j in (i + 1)..<counts.count {
                let se = (base * (1 / Double(counts[i]) + 1 / Double(counts[j]))).squareRoot()
                let diff = rankSums[i] / Double(counts[i]) - rankSums[j] / Double(counts[j])
                let z = se > 0 ? diff / se : 0
                pairs.append(Pair(i: i, j: j, z: z, p: NormalDistribution.twoSided(z), pHolm: 1))
            }
        }
        let holm = MultipleTesting.holm(pairs.map(\.p))
        for k in pairs.indices { pairs[k].pHolm = holm[k] }
        return DunnTest(pairs: pairs)
    }

    /// Every pair of `groups`.
    static func test(_ groups: [[Double]]) -> DunnTest {
        let pool = RankedSample(groups.flatMap { $0 })
        var sums = [Double](repeating: 0, count: groups.count)
        var e = 0
        for (g, values) in groups.enumerated() {
            for _ in values {
                sums[g] += pool.ranks[e]
                e += 1
            }
        }
        return test(rankSums: sums, counts: groups.map(\.count), tieTerm: pool.tieTerm)
    }
}
