/// Percentile bootstrap confidence intervals for Cliff's δ and the median ratio
/// (med₁ + 1)/(med₀ + 1) of a two-group comparison (ANALYSIS.md §4.3).
///
/// Each resample draws n₁ values from group 1 and n₀ from group 0 with replacement. Resamples are
/// kept as counts per distinct value ("level") of the pooled sample, so δ* is a linear pass over the
/// levels. Counts are drawn element by element (Lemire bounded integers) when a group has few
/// values per level, and as a multinomial through exact conditional binomials otherwise — the same
/// law, at a cost that does not grow with the number of posts.
struct Bootstrap: Sendable {
    /// A percentile interval.
    struct Interval: Sendable, Hashable {
        var lower: Double
        var upper: Double
    }

    /// The two intervals of one comparison.
    struct Result: Sendable, Hashable {
        var delta: Interval
        /// Only for non-negative scales (raw counts, rates); nil otherwise.
        var medianRatio: Interval?
    }

    /// Resamples (B); ANALYSIS.md: 2,000, never below 1,000.
    var resamples: Int = 2000
    /// Interval level.
    var level: Double = 0.95

    /// Intervals for group 1 (`group[e] == 1`) against group 0 (`group[e] == 0`) of `pool`;
    /// elements with any other group value are left out. nil when a group is empty.
    func run(pool: RankedSample, group: [Int8], seed: UInt64, medianRatio: Bool) -> Result? {
        let k = pool.levels.count
        var c1 = [Int](repeating: 0, count: k), c0 = [Int](repeating: 0, count: k)
        var e1: [Int32] = [], e0: [Int32] = []
        for e in pool.order {
            let g = group[Int(e)]
            let lv = pool.level[Int(e)]
            if g == 1 {
                c1[Int(lv)] += 1
                e1.append(lv)
            } else if g == 0 {
                c0[Int(lv)] += 1
                e0.append(lv)
            }
        }
        guard !e1.isEmpty, !e0.isEmpty else { return nil }
        var used: [Int32] = []  // levels either group holds, ascending
        for lv in 0..<k where c1[lv] > 0 || c0[lv] > 0 { used.append(Int32(lv)) }
        let s1 = Sampler(levels: e1, counts: c1, used: used)
        let s0 = Sampler(levels: e0, counts: c0, used: used)
        var rng = Xoshiro256StarStar(seed: seed)
        var a = [Int](repeating: 0, count: k), b = [Int](repeating: 0, count: k)
        var deltas = [Double](), ratios = [Double]()
        deltas.reserveCapacity(resamples)
        let n1 = Double(e1.count), n0 = Double(e0.count)
        for _ in 0..<resamples {
            for lv in used {
                a[Int(lv)] = 0
                b[Int(lv)] = 0
            }
            s1.draw(into: &a, rng: &rng)
            s0.draw(into: &b, rng: &rng)
            var below = 0.0, u = 0.0
            for lv in used {
                let ai = Double(a[Int(lv)]), bi = Double(b[Int(lv)])
                u += ai * (below + 0.5 * bi)
                below += bi
            }
            deltas.append(2 * u / (n1 * n0) - 1)
            if medianRatio {
                let m1 = Self.median(a, count: e1.count, used: used, levels: pool.levels)
                let m0 = Self.median(b, count: e0.count, used: used, levels: pool.levels)
                ratios.append((m1 + 1) / (m0 + 1))
            }
        }
        let lo = (1 - level) / 2, hi = 1 - lo
        deltas.sort()
        let d = Interval(lower: Quantile.type7(sorted: deltas, lo) ?? 0, upper: Quantile.type7(sorted: deltas, hi) ?? 0)
        var r: Interval?
        if medianRatio {
            ratios.sort()
            r = Interval(lower: Quantile.type7(sorted: ratios, lo) ?? 0, upper: Quantile.type7(sorted: ratios, hi) ?? 0)
        }
        return Result(delta: d, medianRatio: r)
    }

    /// The type-7 median of a resample held as counts per level.
    static func median(_ counts: [Int], count n: Int, used: [Int32], levels: [Double]) -> Double {
        let lo = (n - 1) / 2, hi = n / 2
        var seen = 0
        var vlo: Double?
        for lv in used {
            let c = counts[Int(lv)]
            if c == 0 { continue }
            seen += c
            if vlo == nil && seen > lo { vlo = levels[Int(lv)] }
            if seen > hi { return ((vlo ?? levels[Int(lv)]) + levels[Int(lv)]) / 2 }
        }
        return vlo ?? 0
    }

    /// Draws one group's resample counts.
    struct Sampler {
        let elements: [Int32]
        /// (level, count) of the group's non-empty levels, ascending.
        let cells: [(Int32, Int)]
        let byElement: Bool

        init(levels: [Int32], counts: [Int], used: [Int32]) {
            elements = levels
            var cells: [(Int32, Int)] = []
            for lv in used where counts[Int(lv)] > 0 { cells.append((lv, counts[Int(lv)])) }
            self.cells = cells
            byElement = levels.count <= 4 * cells.count
        }

        func draw(into out: inout [Int], rng: inout Xoshiro256StarStar) {
            let n = elements.count
            if byElement {
                let bound = UInt64(n)
                for _ in 0..<n { out[Int(elements[Int(rng.bounded(bound))])] += 1 }
                return
            }
            var remaining = n, mass = n
            for (idx, cell) in cells.enumerated() {
                if remaining == 0 { break }
                if idx == cells.count - 1 {
                    out[Int(cell.0)] += remaining
                    break
                }
                let x = rng.binomial(remaining, Double(cell.1) / Double(mass))
                out[Int(cell.0)] += x
                remaining -= x
                mass -= cell.1
            }
        }
    }
}
