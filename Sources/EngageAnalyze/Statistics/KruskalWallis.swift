/// The Kruskal–Wallis H test with ε² effect size (ANALYSIS.md §4.4; scipy `kruskal`).
struct KruskalWallis: Sendable, Hashable {
    /// Tie-corrected H.
    var h: Double
    /// Degrees of freedom k − 1.
    var df: Int
    /// P(χ²_(k−1) ≥ H).
    var p: Double
    /// ε² = H/(N − 1).
    var epsilonSquared: Double
    /// Total number of values.
    var n: Int

    /// Tests `groups` (at least two, each non-empty).
    static func test(_ groups: [[Double]]) -> KruskalWallis? {
        guard groups.count >= 2, groups.allSatisfy({ !$0.isEmpty }) else { return nil }
        let pool = RankedSample(groups.flatMap { $0 })
        var label = [Int32]()
        for (g, values) in groups.enumerated() { label += [Int32](repeating: Int32(g), count: values.count) }
        return test(pool: pool, group: label, groups: groups.count)
    }

    /// Tests from a ranked pool and each element's group (negative = not in any group). The ranks
    /// must be those of exactly the elements in groups; use ``test(_:)`` otherwise.
    static func test(pool: RankedSample, group: [Int32], groups k: Int) -> KruskalWallis? {
        var sums = [Double](repeating: 0, count: k)
        var counts = [Int](repeating: 0, count: k)
        for (e, g) in group.enumerated() where g >= 0 {
            sums[Int(g)] += pool.ranks[e]
            counts[Int(g)] += 1
        }
        return test(rankSums: sums, counts: counts, tieTerm: pool.tieTerm)
    }

    /// Tests from each group's rank sum and size and the pooled tie term.
    static func test(rankSums: [Double], counts: [Int], tieTerm: Double) -> KruskalWallis? {
        let n = Double(counts.reduce(0, +))
        guard rankSums.count >= 2, n > 1, counts.allSatisfy({ $0 > 0 }) else { return nil }
        var s = 0.0
        for (r, c) in zip(rankSums, counts) { s += r * r / Double(c) }
        let raw = 12 / (n * (n + 1)) * s - 3 * (n + 1)
        let divisor = 1 - tieTerm / (n * n * n - n)
        let df = rankSums.count - 1
        guard divisor > 0 else { return KruskalWallis(h: 0, df: df, p: 1, epsilonSquared: 0, n: Int(n)) }
        let h = max(0, raw / divisor)
        let p = GammaFunctions.chiSquaredSF(h, df: Double(df))
        return KruskalWallis(h: h, df: df, p: p, epsilonSquared: h * (n + 1) / (n * n - 1), n: Int(n))
    }
}
