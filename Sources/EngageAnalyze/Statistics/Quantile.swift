/// Sample quantiles by linear interpolation between order statistics (Hyndman & Fan type 7, the
/// default of R and numpy): `h = (n − 1)·p`, `q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])`.
enum Quantile {
    /// The type-7 quantile of ascending `sorted` values at probability `p` ∈ [0, 1]; nil when empty.
    static func type7(sorted: [Double], _ p: Double) -> Double? {
        let n = sorted.count
        guard n > 0 else { return nil }
        return type7(count: n, p) { sorted[$0] }
    }

    /// The type-7 quantile of `count` ascending values read through `value(i)`.
    @inline(__always)
    static func type7(count n: Int, _ p: Double, value: (Int) -> Double) -> Double {
        let h = Double(n - 1) * min(1, max(0, p))
        let lo = Int(h.rounded(.down))
        let frac = h - Double(lo)
        let a = value(lo)
        if frac == 0 || lo + 1 >= n { return a }
        let b = value(lo + 1)
        return a + frac * (b - a)
    }

    /// The median of ascending values (mean of the middle two for an even count).
    static func median(sorted: [Double]) -> Double? { type7(sorted: sorted, 0.5) }

    /// The type-7 quantile of unordered values by selection (average O(n), no full sort).
    static func type7(unsorted values: [Double], _ p: Double) -> Double? {
        let n = values.count
        guard n > 0 else { return nil }
        var a = values
        let h = Double(n - 1) * min(1, max(0, p))
        let lo = Int(h.rounded(.down))
        let frac = h - Double(lo)
        let x = select(&a, lo)
        guard frac > 0, lo + 1 < n else { return x }
        // the next order statistic is the smallest value right of position lo
        var y = Double.infinity
        for k in (lo + 1)..<n where a[k] < y { y = a[k] }
        return x + frac * (y - x)
    }

    /// The median of unordered values.
    static func median(unsorted values: [Double]) -> Double? { type7(unsorted: values, 0.5) }

    /// Q1, median and Q3 of unordered values.
    static func quartiles(unsorted values: [Double]) -> (q1: Double, median: Double, q3: Double)? {
        guard let q1 = type7(unsorted: values, 0.25), let m = type7(unsorted: values, 0.5),
              let q3 = type7(unsorted: values, 0.75) else { return nil }
        return (q1, m, q3)
    }

    /// Moves the k-th smallest value to position k, smaller ones left of it and larger or equal ones
    /// right (Hoare's selection with median-of-three pivots), and returns it.
    static func select(_ a: inout [Double], _ k: Int) -> Double {
        var lo = 0, hi = a.count - 1
        while hi > lo {
            let mid = lo + (hi - lo) / 2
            if a[mid] < a[lo] { a.swapAt(mid, lo) }
            if a[hi] < a[lo] { a.swapAt(hi, lo) }
            if a[hi] < a[mid] { a.swapAt(hi, mid) }
            let pivot = a[mid]
            var i = lo, j = hi
            while i <= j {
                while a[i] < pivot { i += 1 }
                while a[j] > pivot { j -= 1 }
                if i <= j {
                    a.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                hi = j
            } else if k >= i {
                lo = i
            } else {
                return a[k]
            }
        }
        return a[k]
    }
}
