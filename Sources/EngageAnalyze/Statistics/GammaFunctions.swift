import Foundation

/// The regularised incomplete gamma functions and the χ² tail they give.
enum GammaFunctions {
    /// ln Γ(x) for x > 0.
    @inline(__always)
    static func lnGamma(_ x: Double) -> Double { lgamma(x) }

    /// Q(a, x) = Γ(a, x)/Γ(a), the regularised upper incomplete gamma function (series below a + 1,
    /// Lentz's continued fraction above; relative accuracy about 1e-15).
    static func upperRegularized(_ a: Double, _ x: Double) -> Double {
        guard x > 0 else { return 1 }
        guard a > 0 else { return 0 }
        if x < a + 1 { return 1 - lowerSeries(a, x) }
        return upperFraction(a, x)
    }

    /// P(χ²_df ≥ x).
    static func chiSquaredSF(_ x: Double, df: Double) -> Double {
        guard x.isFinite else { return x > 0 ? 0 : 1 }
        return upperRegularized(df / 2, x / 2)
    }

    private static func lowerSeries(_ a: Double, _ x: Double) -> Double {
        var ap = a, sum = 1 / a, del = sum
        for _ in 0..<10_000 {
            ap += 1
            del *= x / ap
            sum += del
            if abs(del) < abs(sum) * 1e-17 { break }
        }
        return sum * exp(-x + a * log(x) - lnGamma(a))
    }

    private static func upperFraction(_ a: Double, _ x: Double) -> Double {
        let tiny = 1e-300
        var b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d
        for i in 1...10_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let del = d * c
            h *= del
            if abs(del - 1) < 1e-17 { break }
        }
        return exp(-x + a * log(x) - lnGamma(a)) * h
    }
}
