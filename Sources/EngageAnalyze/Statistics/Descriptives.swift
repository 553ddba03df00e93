/// The descriptive statistics ANALYSIS.md §3 asks for, for one heavy-tailed, zero-inflated sample.
public struct Descriptives: Sendable, Hashable {
    /// Number of values.
    public var n: Int
    /// Type-7 median.
    public var median: Double
    /// First quartile (type 7).
    public var q1: Double
    /// Third quartile (type 7).
    public var q3: Double
    /// 90th percentile (type 7).
    public var p90: Double
    /// 99th percentile (type 7).
    public var p99: Double
    /// Largest value.
    public var max: Double
    /// Share of values equal to 0.
    public var shareZeros: Double
    /// Share of values ≥ 1 (for genuine replies: posts with at least one genuine reply).
    public var shareAtLeastOne: Double
    /// Sum of the largest ⌊n/10⌋ values (at least one) over the total; nil when the total is not
    /// positive or a value is negative (a performance index).
    public var top10Share: Double?
    /// Gini coefficient `Σ (2i − n − 1)·y(i) / (n·Σy)`; nil when the total is not positive or a
    /// value is negative.
    public var gini: Double?
    /// Arithmetic mean (shown only beside the median).
    public var mean: Double
    /// 10 % trimmed mean: ⌊0.1·n⌋ values dropped at each end.
    public var trimmedMean: Double

    /// Q3 − Q1.
    public var iqr: Double { q3 - q1 }

    /// Computes the statistics of ascending `sorted` values; nil when there are none.
    init?(sorted y: [Double]) {
        let n = y.count
        guard n > 0 else { return nil }
        self.n = n
        median = Quantile.type7(count: n, 0.5) { y[$0] }
        q1 = Quantile.type7(count: n, 0.25) { y[$0] }
        q3 = Quantile.type7(count: n, 0.75) { y[$0] }
        p90 = Quantile.type7(count: n, 0.9) { y[$0] }
        p99 = Quantile.type7(count: n, 0.99) { y[$0] }
        max = y[n - 1]
        var zeros = 0, atLeastOne = 0
        var total = 0.0, weighted = 0.0
        for (i, v) in y.enumerated() {
            if v == 0 { zeros += 1 }
            if v >= 1 { atLeastOne += 1 }
            total += v
            weighted += Double(2 * (i + 1) - n - 1) * v
        }
        shareZeros = Double(zeros) / Double(n)
        shareAtLeastOne = Double(atLeastOne) / Double(n)
        mean = total / Double(n)
        let top = Swift.max(1, n / 10)
        var topSum = 0.0
        for v in y[(n - top)...] { topSum += v }
        let shares = total > 0 && y[0] >= 0
        top10Share = shares ? topSum / total : nil
        gini = shares ? weighted / (Double(n) * total) : nil
        let cut = n / 10
        var trimmed = 0.0
        for v in y[cut..<(n - cut)] { trimmed += v }
        trimmedMean = trimmed / Double(n - 2 * cut)
    }

    /// Computes the statistics of a sample given as counts per distinct value (`levels` ascending,
    /// `counts` of the same length, zeros allowed) in O(levels); nil when the counts sum to 0.
    init?(levels: [Double], counts: [Int]) {
        var n = 0
        for c in counts { n += c }
        guard n > 0 else { return nil }
        self.n = n
        // the value at 0-based order index k
        var cumulative: [Int] = []
        cumulative.reserveCapacity(levels.count)
        var running = 0
        var total = 0.0, weighted = 0.0, zeros = 0, atLeastOne = 0
        var top: Double? = nil
        for (l, c) in counts.enumerated() {
            let v = levels[l]
            if c > 0 {
                weighted += v * Double(c) * Double(2 * running + c - n)
                total += v * Double(c)
                if v == 0 { zeros += c }
                if v >= 1 { atLeastOne += c }
                top = v
            }
            running += c
            cumulative.append(running)
        }
        func at(_ k: Int) -> Double {
            var lo = 0, hi = cumulative.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if cumulative[mid] > k { hi = mid } else { lo = mid + 1 }
            }
            return levels[lo]
        }
        func q(_ p: Double) -> Double { Quantile.type7(count: n, p, value: at) }
        median = q(0.5)
        q1 = q(0.25)
        q3 = q(0.75)
        p90 = q(0.9)
        p99 = q(0.99)
        max = top ?? 0
        shareZeros = Double(zeros) / Double(n)
        shareAtLeastOne = Double(atLeastOne) / Double(n)
        mean = total / Double(n)
        // the largest ⌊n/10⌋ (at least 1) and the 10 % trimmed sum, walking the levels
        let largest = Swift.max(1, n / 10), cut = n / 10
        var topSum = 0.0, trimmed = 0.0
        var start = 0
        for (l, c) in counts.enumerated() where c > 0 {
            let v = levels[l]
            let end = start + c  // order indices start..<end
            let inTop = Swift.max(0, end - Swift.max(start, n - largest))
            topSum += Double(inTop) * v
            let inMiddle = Swift.max(0, Swift.min(end, n - cut) - Swift.max(start, cut))
            trimmed += Double(inMiddle) * v
            start = end
        }
        let lowest = counts.indices.first { counts[$0] > 0 }.map { levels[$0] } ?? 0
        let shares = total > 0 && lowest >= 0
        top10Share = shares ? topSum / total : nil
        gini = shares ? weighted / (Double(n) * total) : nil
        trimmedMean = trimmed / Double(n - 2 * cut)
    }

    /// Computes the statistics of unordered values; nil when there are none.
    init?(values: [Double]) { self.init(sorted: values.sorted()) }
}
