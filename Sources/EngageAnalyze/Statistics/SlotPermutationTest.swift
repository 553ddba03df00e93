import Foundation

/// The permutation test for a "best hour/day" (ANALYSIS.md §4.6): T = the largest slot median;
/// slot labels are shuffled over the posts B times and p = (1 + #{T* ≥ T}) / (B + 1) (Phipson &
/// Smyth 2010; never 0).
///
/// A shuffle only matters through the sorted positions at which each slot's middle values fall. So
/// instead of shuffling all n labels, each permutation splits the sorted positions in halves and
/// draws how many labels of each slot fall left (multivariate hypergeometric — exactly the law of a
/// Fisher–Yates shuffle), descending only into halves that hold a slot's middle; segments of 64
/// positions or fewer are shuffled outright (Fisher–Yates). That costs O(slots · log n) per
/// permutation instead of O(n), so B = 10,000 stays cheap on a million posts.
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

    /// Runs the test on `values` with their `slot` labels in 0..<slots. Permutations run in 16 fixed
    /// chunks, each with its own generator derived from `seed`, so the result does not depend on
    /// the number of threads.
    func run(values: [Double], slot: [Int], slots: Int, seed: UInt64) -> Result? {
        run(pool: RankedSample(values), slot: slot, slots: slots, seed: seed)
    }

    /// The test on an already ranked sample (`slot` in the pool's element order).
    func run(pool: RankedSample, slot: [Int], slots: Int, seed: UInt64) -> Result? {
        let n = pool.count
        guard n > 1, slot.count == n else { return nil }
        let sortedValues = pool.order.map { pool.values[Int($0)] }
        var counted = [Int](repeating: 0, count: slots)
        for s in slot { counted[s] += 1 }
        let sizes = counted
        let observed = Self.medians(sortedValues: sortedValues, sortedSlots: pool.order.map { slot[Int($0)] }, sizes: sizes)
        let t = observed.compactMap { $0 }.max() ?? 0
        let best = observed.indices.max { (observed[$0] ?? -.infinity) < (observed[$1] ?? -.infinity) } ?? 0
        let chunks = 16
        let per = (resamples + chunks - 1) / chunks
        let total = resamples
        let counts = Parallel.map(chunks) { c -> Int in
            let todo = min(per, total - c * per)
            guard todo > 0 else { return 0 }
            var rng = Xoshiro256StarStar(seed: seed ^ (0x9E37_79B9_7F4A_7C15 &* UInt64(c + 1)))
            var walker = MedianWalker(sizes: sizes, sorted: sortedValues)
            var hits = 0
            for _ in 0..<todo {
                let m = walker.medians(rng: &rng)
                if (m.max() ?? 0) >= t { hits += 1 }
            }
            return hits
        }
        let hits = counts.reduce(0, +)
        return Result(statistic: t, bestSlot: best, medians: observed,
                      p: Double(1 + hits) / Double(resamples + 1), resamples: resamples)
    }

    /// Each slot's type-7 median from the slots of the values in ascending order.
    static func medians(sortedValues: [Double], sortedSlots: [Int], sizes: [Int]) -> [Double?] {
        var seen = [Int](repeating: 0, count: sizes.count)
        var lo = [Double](repeating: 0, count: sizes.count)
        var out = [Double?](repeating: nil, count: sizes.count)
        for (pos, s) in sortedSlots.enumerated() {
            let c = seen[s]
            seen[s] += 1
            if c == (sizes[s] - 1) / 2 { lo[s] = sortedValues[pos] }
            if c == sizes[s] / 2 { out[s] = (lo[s] + sortedValues[pos]) / 2 }
        }
        return out
    }

    /// Each slot's type-7 median of the observed data.
    static func observedMedians(values: [Double], slot: [Int], slots: Int) -> [Double?] {
        var bySlot = [[Double]](repeating: [], count: slots)
        for (v, s) in zip(values, slot) { bySlot[s].append(v) }
        return bySlot.map { Quantile.median(sorted: $0.sorted()) }
    }

    /// Draws the slot medians of one random labelling by recursive hypergeometric splitting.
    struct MedianWalker {
        let sizes: [Int]
        let sorted: [Double]
        /// Non-empty slots.
        let active: [Int]
        var lo: [Double]
        var out: [Double]

        init(sizes: [Int], sorted: [Double]) {
            self.sizes = sizes
            self.sorted = sorted
            active = sizes.indices.filter { sizes[$0] > 0 }
            lo = [Double](repeating: 0, count: sizes.count)
            out = [Double](repeating: 0, count: sizes.count)
        }

        /// The medians of the non-empty slots.
        mutating func medians(rng: inout Xoshiro256StarStar) -> [Double] {
            // Per slot in a segment: its count there and how many of its labels lie before it.
            var seg = [Piece]()
            for s in active { seg.append(Piece(slot: s, count: sizes[s], before: 0)) }
            split(start: 0, length: sorted.count, pieces: seg, rng: &rng)
            return active.map { out[$0] }
        }

        struct Piece {
            var slot: Int
            var count: Int
            var before: Int
        }

        /// Does `piece` have a middle position (0-based occurrence (n−1)/2 or n/2) inside?
        func wanted(_ p: Piece) -> Bool {
            let size = sizes[p.slot]
            let a = (size - 1) / 2, b = size / 2
            return (a >= p.before && a < p.before + p.count) || (b >= p.before && b < p.before + p.count)
        }

        mutating func split(start: Int, length: Int, pieces: [Piece], rng: inout Xoshiro256StarStar) {
            // keep only slots with a wanted middle here; the others are lumped as "rest"
            let keep = pieces.filter { $0.count > 0 && wanted($0) }
            if keep.isEmpty { return }
            if length <= 64 {
                var labels = [Int]()
                labels.reserveCapacity(length)
                for (i, p) in keep.enumerated() { labels += [Int](repeating: i, count: p.count) }
                labels += [Int](repeating: -1, count: length - labels.count)
                var i = length - 1
                while i > 0 {
                    let j = Int(rng.bounded(UInt64(i + 1)))
                    labels.swapAt(i, j)
                    i -= 1
                }
                var seen = keep.map(\.before)
                for (pos, l) in labels.enumerated() where l >= 0 {
                    let s = keep[l].slot
                    let size = sizes[s]
                    let occ = seen[l]
                    seen[l] += 1
                    if occ == (size - 1) / 2 { lo[s] = sorted[start + pos] }
                    if occ == size / 2 { out[s] = (lo[s] + sorted[start + pos]) / 2 }
                }
                return
            }
            let left = length / 2
            var remainingTotal = length, remainingDraw = left
            var leftPieces = [Piece](), rightPieces = [Piece]()
            for p in keep {
                let x = rng.hypergeometric(good: p.count, bad: remainingTotal - p.count, sample: remainingDraw)
                remainingDraw -= x
                remainingTotal -= p.count
                leftPieces.append(Piece(slot: p.slot, count: x, before: p.before))
                rightPieces.append(Piece(slot: p.slot, count: p.count - x, before: p.before + x))
            }
            split(start: start, length: left, pieces: leftPieces, rng: &rng)
            split(start: start + left, length: length - left, pieces: rightPieces, rng: &rng)
        }
    }
}
