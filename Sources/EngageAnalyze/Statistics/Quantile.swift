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
}
