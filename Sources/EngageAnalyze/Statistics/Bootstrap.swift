/// Percentile bootstrap confidence intervals for Cliff's δ and the median ratio
/// (med₁ + 1)/(med₀ + 1) of a two-group comparison (ANALYSIS.md §4.3).
///
/// Each resample draws n₁ values from group 1 and n₀ from group 0 with replacement. Resamples are
/// kept as counts per cell of the pooled, sorted sample, so δ* is one pass over the cells:
/// - **exact** (small samples): a cell is one distinct value; counts are drawn element by element
///   (Lemire bounded integers) or, where a group has many values per cell, as a multinomial through
///   exact conditional binomials — the same law either way;
/// - **binned** (when that would cost more than ``exactBudget`` draws per resample): adjacent
///   distinct values are merged into at most ``bins`` cells of about equal mass (a value heavier
///   than a cell stays alone), and the pairs inside a cell contribute their conditional expectation
///   a·b·U_cell/(c₁c₀) computed exactly from the data, so δ* stays unbiased; only the
///   within-cell resampling variance is left out (of the order of 1/cells² of the total). Medians of binned resamples use the value at
///   the cell's middle. The result says which mode ran.
struct Bootstrap: Sendable {
    /// A percentile interval.
    struct Interval: Sendable, Hashable {
        var lower: Double
        var upper: Double
    }

    /// The intervals of one comparison.
    struct Result: Sendable, Hashable {
        var delta: Interval
        /// Only when asked (non-negative scales); nil otherwise.
        var medianRatio: Interval?
        /// Cells used per resample; equal to the distinct values when exact.
        var cells: Int
        var binned: Bool
    }

    /// Resamples (B); ANALYSIS.md: 2,000, never below 1,000.
    var resamples: Int = 2000
    /// Interval level.
    var level: Double = 0.95
    /// Largest per-resample cost (element draws, binomial draws × 8) kept exact.
    var exactBudget = 4096
    /// Cells when binned. The within-cell variance left out is of the order of 1/cells² of the
    /// total (each cell spans about 1/cells of the other group's distribution function).
    var bins = 128

    /// Intervals for group 1 (`group[e] == 1`) against group 0 (`group[e] == 0`) of `pool`;
    /// elements with any other group value are left out. nil when a group is empty.
    func run(pool: RankedSample, group: [Int8], seed: UInt64, medianRatio: Bool) -> Result? {
        let kAll = pool.levels.count
        var c1 = [Int](repeating: 0, count: kAll), c0 = [Int](repeating: 0, count: kAll)
        for (e, g) in group.enumerated() {
            if g == 1 { c1[Int(pool.level[e])] += 1 } else if g == 0 { c0[Int(pool.level[e])] += 1 }
        }
        return run(levels: pool.levels, c1: c1, c0: c0, seed: seed, medianRatio: medianRatio)
    }

    /// Intervals from each group's count per distinct value (`levels` ascending).
    func run(levels: [Double], c1 all1: [Int], c0 all0: [Int], seed: UInt64, medianRatio: Bool) -> Result? {
        let kAll = levels.count
        var n1 = 0, n0 = 0
        var levelC1: [Int] = [], levelC0: [Int] = [], levelValue: [Double] = []
        for lv in 0..<kAll where all1[lv] > 0 || all0[lv] > 0 {
            levelC1.append(all1[lv])
            levelC0.append(all0[lv])
            levelValue.append(levels[lv])
            n1 += all1[lv]
            n0 += all0[lv]
        }
        guard n1 > 0, n0 > 0 else { return nil }
        let k1 = levelC1.filter { $0 > 0 }.count, k0 = levelC0.filter { $0 > 0 }.count
        let cost = min(n1, 8 * k1) + min(n0, 8 * k0)
        let cells: Cells
        if cost <= exactBudget || levelValue.count <= bins {
            cells = Cells(exact: levelC1, levelC0, levelValue)
        } else {
            cells = Cells(binning: levelC1, levelC0, levelValue, bins: bins)
        }
        // element lists (cell per element) for element-by-element draws
        var e1: [Int32] = [], e0: [Int32] = []
        if n1 <= 8 * cells.k1 || n0 <= 8 * cells.k0 {
            for (c, lc) in cells.levelCell.enumerated() {
                e1 += [Int32](repeating: lc, count: levelC1[c])
                e0 += [Int32](repeating: lc, count: levelC0[c])
            }
        }
        let s1 = Sampler(counts: cells.c1, elements: n1 <= 8 * cells.k1 ? e1 : nil, n: n1)
        let s0 = Sampler(counts: cells.c0, elements: n0 <= 8 * cells.k0 ? e0 : nil, n: n0)
        var rng = Xoshiro256StarStar(seed: seed)
        let k = cells.c1.count
        var a = [Int](repeating: 0, count: k), b = [Int](repeating: 0, count: k)
        var deltas = [Double](), ratios = [Double]()
        deltas.reserveCapacity(resamples)
        let fn1 = Double(n1), fn0 = Double(n0)
        for _ in 0..<resamples {
            for i in 0..<k {
                a[i] = 0
                b[i] = 0
            }
            s1.draw(into: &a, rng: &rng)
            s0.draw(into: &b, rng: &rng)
            var below = 0.0, u = 0.0
            for i in 0..<k {
                let ai = Double(a[i]), bi = Double(b[i])
                u += ai * (below + bi * cells.within[i])
                below += bi
            }
            deltas.append(2 * u / (fn1 * fn0) - 1)
            if medianRatio {
                let m1 = Self.median(a, count: n1, values: cells.value)
                let m0 = Self.median(b, count: n0, values: cells.value)
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
        return Result(delta: d, medianRatio: r, cells: k, binned: cells.binned)
    }

    /// The type-7 median of a resample held as counts per cell.
    static func median(_ counts: [Int], count n: Int, values: [Double]) -> Double {
        let lo = (n - 1) / 2, hi = n / 2
        var seen = 0
        var vlo: Double?
        for (i, c) in counts.enumerated() where c > 0 {
            seen += c
            if vlo == nil && seen > lo { vlo = values[i] }
            if seen > hi { return ((vlo ?? values[i]) + values[i]) / 2 }
        }
        return vlo ?? 0
    }

    /// The cells of one comparison, ascending.
    struct Cells {
        var c1: [Int] = []
        var c0: [Int] = []
        /// Expected within-cell U per pair: ½ for a single value, U_cell/(c₁c₀) for a bin.
        var within: [Double] = []
        /// The value medians use.
        var value: [Double] = []
        /// The cell of each exact level.
        var levelCell: [Int32] = []
        var binned = false
        var k1: Int { c1.filter { $0 > 0 }.count }
        var k0: Int { c0.filter { $0 > 0 }.count }

        init(exact c1: [Int], _ c0: [Int], _ values: [Double]) {
            self.c1 = c1
            self.c0 = c0
            within = [Double](repeating: 0.5, count: c1.count)
            value = values
            levelCell = (0..<Int32(c1.count)).map { $0 }
        }

        init(binning l1: [Int], _ l0: [Int], _ values: [Double], bins: Int) {
            binned = true
            let total = l1.reduce(0, +) + l0.reduce(0, +)
            let target = max(1, total / bins)
            var start = 0
            while start < l1.count {
                var end = start, mass = 0
                while end < l1.count && (mass == 0 || mass + l1[end] + l0[end] <= target) {
                    mass += l1[end] + l0[end]
                    end += 1
                }
                var a = 0, b = 0, u = 0.0
                for l in start..<end {
                    u += Double(l1[l]) * (Double(b) + 0.5 * Double(l0[l]))
                    a += l1[l]
                    b += l0[l]
                }
                var mid = start, seen = 0
                for l in start..<end {
                    seen += l1[l] + l0[l]
                    if 2 * seen >= mass {
                        mid = l
                        break
                    }
                }
                let cell = Int32(c1.count)
                for _ in start..<end { levelCell.append(cell) }
                c1.append(a)
                c0.append(b)
                within.append(a > 0 && b > 0 ? u / (Double(a) * Double(b)) : 0.5)
                value.append(values[mid])
                start = end
            }
        }
    }

    /// Draws one group's resample counts.
    struct Sampler {
        let elements: [Int32]?
        /// (cell, count) of the group's non-empty cells, ascending.
        let cells: [(Int, Int)]
        let n: Int

        init(counts: [Int], elements: [Int32]?, n: Int) {
            self.elements = elements
            var cells: [(Int, Int)] = []
            for (i, c) in counts.enumerated() where c > 0 { cells.append((i, c)) }
            self.cells = cells
            self.n = n
        }

        func draw(into out: inout [Int], rng: inout Xoshiro256StarStar) {
            if let elements {
                let bound = UInt64(n)
                for _ in 0..<n { out[Int(elements[Int(rng.bounded(bound))])] += 1 }
                return
            }
            var remaining = n, mass = n
            for (idx, cell) in cells.enumerated() {
                if remaining == 0 { break }
                if idx == cells.count - 1 {
                    out[cell.0] += remaining
                    break
                }
                let x = rng.binomial(remaining, Double(cell.1) / Double(mass))
                out[cell.0] += x
                remaining -= x
                mass -= cell.1
            }
        }
    }
}
