import Foundation

/// The Mann–Whitney U test (ANALYSIS.md §4.1, as scipy `mannwhitneyu(method='auto')`) with Cliff's δ.
struct MannWhitney: Sendable, Hashable {
    /// How the p-value was computed.
    enum Method: String, Sendable, Hashable {
        /// Normal approximation with tie and continuity correction.
        case asymptotic
        /// The exact null distribution (no ties, a small group).
        case exact
    }

    /// U of group 1: R₁ − n₁(n₁+1)/2.
    var u1: Double
    /// U of group 0: n₁n₀ − U₁.
    var u2: Double
    /// Two-sided p-value.
    var p: Double
    /// The z statistic (asymptotic method; nil for exact).
    var z: Double?
    /// The method used.
    var method: Method
    /// Cliff's δ = 2U₁/(n₁n₀) − 1 (P(X > Y) − P(X < Y)).
    var delta: Double

    /// Tests `x` (group 1) against `y` (group 0). `method` nil chooses as scipy's `auto`: exact when
    /// there are no ties and at least one group has 8 or fewer values.
    static func test(_ x: [Double], _ y: [Double], method: Method? = nil, continuity: Bool = true) -> MannWhitney? {
        guard !x.isEmpty, !y.isEmpty else { return nil }
        let pool = RankedSample(x + y)
        var r1 = 0.0
        for i in 0..<x.count { r1 += pool.ranks[i] }
        let m = method ?? ((x.count > 8 && y.count > 8) || pool.tieTerm > 0 ? .asymptotic : .exact)
        return test(rankSum: r1, n1: x.count, n2: y.count, tieTerm: pool.tieTerm, method: m, continuity: continuity)
    }

    /// The test from the rank sum of group 1 in the pooled sample.
    static func test(rankSum r1: Double, n1: Int, n2: Int, tieTerm: Double, method: Method = .asymptotic,
                     continuity: Bool = true) -> MannWhitney {
        let a = Double(n1), b = Double(n2)
        let u1 = r1 - a * (a + 1) / 2
        let u2 = a * b - u1
        let delta = 2 * u1 / (a * b) - 1
        let big = max(u1, u2)
        switch method {
        case .exact:
            let p = min(1, 2 * ExactU.sf(Int(big.rounded()), n1, n2))
            return MannWhitney(u1: u1, u2: u2, p: p, z: nil, method: .exact, delta: delta)
        case .asymptotic:
            let n = a + b
            let variance = a * b / 12 * ((n + 1) - tieTerm / (n * (n - 1)))
            guard variance > 0 else {
                return MannWhitney(u1: u1, u2: u2, p: 1, z: 0, method: .asymptotic, delta: 0)
            }
            let z = (big - a * b / 2 - (continuity ? 0.5 : 0)) / variance.squareRoot()
            let p = min(1, 2 * NormalDistribution.sf(z))
            return MannWhitney(u1: u1, u2: u2, p: p, z: z, method: .asymptotic, delta: delta)
        }
    }
}

/// The exact null distribution of U without ties: the coefficients of the Gaussian binomial
/// ∏ᵢ (1 − q^(n₂+i)) / (1 − q^i), i = 1…n₁, which count the arrangements with U = u (the
/// recursion c(u; n₁, n₂) = c(u − n₂; n₁−1, n₂) + c(u; n₁, n₂−1) of ANALYSIS.md §4.1 in closed form).
enum ExactU {
    /// P(U ≥ u).
    static func sf(_ u: Int, _ n1: Int, _ n2: Int) -> Double {
        let (m, n) = (min(n1, n2), max(n1, n2))
        let top = m * n
        guard u > 0 else { return 1 }
        guard u <= top else { return 0 }
        var c = [Double](repeating: 0, count: top + 1)
        c[0] = 1
        for i in 1...m {
            // multiply by (1 − q^(n+i)), truncated at degree m·n (the product's degree)
            let s = n + i
            if s <= top {
                for k in stride(from: top, through: s, by: -1) { c[k] -= c[k - s] }
            }
            // divide by (1 − q^i): a triangular recurrence, exact on the kept degrees
            if i <= top {
                for k in i...top { c[k] += c[k - i] }
            }
        }
        var total = 0.0, tail = 0.0
        for k in 0...top {
            total += c[k]
            if k >= u { tail += c[k] }
        }
        return tail / total
    }
}
