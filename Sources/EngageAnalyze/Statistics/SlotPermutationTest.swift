import Foundation

/// The permutation test for a "best hour/day" (ANALYSIS.md §4.6): T = the largest slot median;
/// slot labels are shuffled over the posts (Fisher–Yates with the project generator) B times and
/// p = (1 + #{T* ≥ T}) / (B + 1) (Phipson & Smyth 2010; never 0).
struct SlotPermutationTest: Sendable {
    /// The outcome of one test.
    struct Result: Sendable, Hashable {
        /// Observed T.
        var statistic: Double
        /// The slot with the largest median.
        var bestSlot: Int
        /// Each slot's median (nil for empty slots).
        var medians: [Double?]
        /// Permutation p-value.
        var p: Double
        /// Permutations run.
        var resamples: Int
    }

    /// Permutations (B); ANALYSIS.md: 10,000, at least 5,000.
    var resamples: Int = 10_000

    /// Runs the test on `values` with their `slot` labels in 0..<slots. The permutations run in
    /// fixed chunks, each with its own generator derived from `seed`, so the result does not depend
    /// on how many threads run them.
    func run(values: [Double], slot: [Int], slots: Int, seed: UInt64) -> Result? {
        let n = values.count
        guard n > 1, slot.count == n else { return nil }
        let pool = RankedSample(values)
        var counted = [Int](repeating: 0, count: slots)
        for s in slot { counted[s] += 1 }
        let sizes = counted
        let sortedValues = pool.order.map { values[Int($0)] }
        // slot of each element in sorted position
        let observedLabels = pool.order.map { Int32(slot[Int($0)]) }
        let observed = Self.medians(labels: observedLabels, sizes: sizes, sortedValues: sortedValues)
        let t = observed.compactMap { $0 }.max() ?? 0
        let best = observed.indices.max { (observed[$0] ?? -.infinity) < (observed[$1] ?? -.infinity) } ?? 0
        let chunks = 16
        let per = (resamples + chunks - 1) / chunks
        let base = observedLabels
        let total = resamples
        let counts = Parallel.map(chunks) { c -> Int in
            let todo = min(per, total - c * per)
            guard todo > 0 else { return 0 }
            var rng = Xoshiro256StarStar(seed: seed ^ (0x9E37_79B9_7F4A_7C15 &* UInt64(c + 1)))
            var labels = base
            var hits = 0
            for _ in 0..<todo {
                var i = n - 1
                while i > 0 {
                    let j = Int(rng.bounded(UInt64(i + 1)))
                    labels.swapAt(i, j)
                    i -= 1
                }
                let m = Self.medians(labels: labels, sizes: sizes, sortedValues: sortedValues)
                if (m.compactMap { $0 }.max() ?? 0) >= t { hits += 1 }
            }
            return hits
        }
        let hits = counts.reduce(0, +)
        return Result(statistic: t, bestSlot: best, medians: observed,
                      p: Double(1 + hits) / Double(resamples + 1), resamples: resamples)
    }

    /// Each slot's type-7 median, from labels in sorted-value order.
    static func medians(labels: [Int32], sizes: [Int], sortedValues: [Double]) -> [Double?] {
        let k = sizes.count
        var seen = [Int](repeating: 0, count: k)
        var lo = [Double](repeating: .nan, count: k)
        var out = [Double?](repeating: nil, count: k)
        var open = sizes.filter { $0 > 0 }.count
        for (pos, l) in labels.enumerated() {
            let s = Int(l)
            let c = seen[s]
            seen[s] = c + 1
            let size = sizes[s]
            if c == (size - 1) / 2 { lo[s] = sortedValues[pos] }
            if c == size / 2 {
                out[s] = (lo[s] + sortedValues[pos]) / 2
                open -= 1
                if open == 0 { break }
            }
        }
        return out
    }
}
