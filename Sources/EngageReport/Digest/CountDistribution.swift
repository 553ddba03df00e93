import Foundation

/// The exact distribution of a non-negative count (replies, reposts, likes) as a histogram: memory
/// bounded by the number of distinct values, quantiles exact (type 7, as ``Quantile`` in the analysis).
public struct CountDistribution: Sendable, Hashable {
    /// How many items had each value.
    public private(set) var histogram: [Int: Int] = [:]
    /// Items counted.
    public private(set) var n = 0
    /// Sum of the values.
    public private(set) var sum = 0

    public init() {}

    /// Counts one value (negative values are ignored: unknown is not zero).
    public mutating func add(_ value: Int) {
        guard value >= 0 else { return }
        histogram[value, default: 0] += 1
        n += 1
        sum += value
    }

    /// A value and how many items had it.
    public struct ValueCount: Sendable, Hashable {
        public var value: Int
        public var count: Int
        public init(value: Int, count: Int) {
            self.value = value
            self.count = count
        }
    }

    /// The distinct values in increasing order with their counts.
    public var sortedValues: [ValueCount] {
        histogram.sorted { $0.key < $1.key }.map { ValueCount(value: $0.key, count: $0.value) }
    }

    /// The value of rank `k` (0-based) in the sorted data.
    func value(atRank k: Int, _ sorted: [ValueCount]) -> Int {
        var seen = 0
        for e in sorted {
            seen += e.count
            if k < seen { return e.value }
        }
        return sorted.last?.value ?? 0
    }

    /// The type-7 quantile at `p` (0…1), nil when empty.
    public func quantile(_ p: Double) -> Double? {
        guard n > 0 else { return nil }
        let sorted = sortedValues
        let h = Double(n - 1) * min(1, max(0, p))
        let lo = Int(h.rounded(.down)), hi = Int(h.rounded(.up))
        let a = Double(value(atRank: lo, sorted)), b = Double(value(atRank: hi, sorted))
        return a + (h - Double(lo)) * (b - a)
    }

    /// The five numbers of a box plot with Tukey whiskers (the most extreme values within 1.5 IQR of
    /// the box) and the values beyond them.
    public struct Summary: Sendable, Hashable {
        public var n: Int
        public var min: Double, q1: Double, median: Double, q3: Double, max: Double
        public var whiskerLow: Double, whiskerHigh: Double
        public var mean: Double
        /// Values beyond the whiskers with their counts.
        public var outliers: [ValueCount]
        /// Share of items with a value of at least one.
        public var shareAtLeastOne: Double
    }

    /// The box-plot summary, nil when empty.
    public var summary: Summary? {
        guard n > 0, let q1 = quantile(0.25), let med = quantile(0.5), let q3 = quantile(0.75) else { return nil }
        let sorted = sortedValues
        let iqr = q3 - q1
        let lowFence = q1 - 1.5 * iqr, highFence = q3 + 1.5 * iqr
        let inside = sorted.filter { Double($0.value) >= lowFence && Double($0.value) <= highFence }
        let outliers = sorted.filter { Double($0.value) < lowFence || Double($0.value) > highFence }
        let atLeastOne = sorted.filter { $0.value >= 1 }.reduce(0) { $0 + $1.count }
        return Summary(n: n, min: Double(sorted.first?.value ?? 0), q1: q1, median: med, q3: q3,
                       max: Double(sorted.last?.value ?? 0),
                       whiskerLow: Double(inside.first?.value ?? Int(q1)), whiskerHigh: Double(inside.last?.value ?? Int(q3)),
                       mean: Double(sum) / Double(n), outliers: outliers,
                       shareAtLeastOne: Double(atLeastOne) / Double(n))
    }
}
