/// Sample size and detectable effect for the Mann–Whitney test (Noether 1987; ANALYSIS.md §6):
/// two-sided α = 0.05, power 0.80.
enum NoetherPower {
    /// z₀.₉₇₅ + z₀.₈₀.
    static let zSum = NormalDistribution.quantile(0.975) + NormalDistribution.quantile(0.80)

    /// Total N needed to detect `delta` with group-1 share `c` = n₁/N (unrounded).
    static func totalN(delta: Double, share c: Double = 0.5) -> Double {
        let p = (delta + 1) / 2
        return zSum * zSum / (12 * c * (1 - c) * (p - 0.5) * (p - 0.5))
    }

    /// The smallest |δ| detectable at 80 % power with groups of `n1` and `n0`.
    static func detectableDelta(n1: Int, n0: Int) -> Double? {
        guard n1 > 0, n0 > 0 else { return nil }
        let n = Double(n1 + n0)
        let c = Double(n1) / n
        return min(1, 2 * zSum / (12 * c * (1 - c) * n).squareRoot())
    }
}
