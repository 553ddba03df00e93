import Foundation

/// The self-baseline performance index (ANALYSIS.md §2.1):
/// `PI_i = ln((y_i + 1)/(m_i + 1))`, m_i = median of the k = 30 eligible posts just before post i
/// that have a known value (all of them when 10–29; no PI below 10).
enum PerformanceIndex {
    /// Window size.
    static let window = 30
    /// Fewest earlier posts for a PI.
    static let minimumEarlier = 10

    /// PIs for `values` already in posting order (ties broken by id); nil values are unknown and
    /// neither get a PI nor enter a window.
    static func compute(_ values: [Double?], window k: Int = window, minimum: Int = minimumEarlier) -> [Double?] {
        var out = [Double?](repeating: nil, count: values.count)
        var ring = [Double](repeating: 0, count: k)
        var filled = 0, head = 0
        var sorted: [Double] = []
        sorted.reserveCapacity(k)
        for (i, v) in values.enumerated() {
            guard let y = v else { continue }
            if filled >= minimum {
                let m = Quantile.type7(count: sorted.count, 0.5) { sorted[$0] }
                out[i] = log((y + 1) / (m + 1))
            }
            if filled == k {
                let old = ring[head]
                sorted.remove(at: lowerBound(sorted, old))
            } else {
                filled += 1
            }
            ring[head] = y
            head = (head + 1) % k
            sorted.insert(y, at: lowerBound(sorted, y))
        }
        return out
    }

    private static func lowerBound(_ a: [Double], _ x: Double) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
