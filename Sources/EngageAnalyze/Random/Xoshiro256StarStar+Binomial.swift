import Foundation

extension Xoshiro256StarStar {
    /// A Binomial(n, p) variate: inversion when n·min(p, 1−p) < 10, else Hörmann's BTRS transformed
    /// rejection (1993). Both are exact samplers, so multinomial draws built from them have the same
    /// law as drawing elements one by one.
    mutating func binomial(_ n: Int, _ p: Double) -> Int {
        if n <= 0 || p <= 0 { return 0 }
        if p >= 1 { return n }
        if p > 0.5 { return n - binomial(n, 1 - p) }
        let np = Double(n) * p
        if np < 10 { return binomialInversion(n, p) }
        return binomialBTRS(n, p)
    }

    private mutating func binomialInversion(_ n: Int, _ p: Double) -> Int {
        let q = 1 - p
        let s = p / q
        let a = Double(n + 1) * s
        var r = exp(Double(n) * log1p(-p))
        var u = uniform()
        var x = 0
        while u > r {
            u -= r
            x += 1
            if x > n { return n }  // rounding guard
            r *= a / Double(x) - s
            if r <= 0 { return x }
        }
        return x
    }

    private mutating func binomialBTRS(_ n: Int, _ p: Double) -> Int {
        let nd = Double(n)
        let q = 1 - p
        let spq = (nd * p * q).squareRoot()
        let b = 1.15 + 2.53 * spq
        let a = -0.0873 + 0.0248 * b + 0.01 * p
        let c = nd * p + 0.5
        let vr = 0.92 - 4.2 / b
        // the squeeze accepts most draws; the exact bound's constants are computed only when needed
        var alpha = 0.0, lpq = 0.0, m = 0.0, h = 0.0
        var prepared = false
        while true {
            let u = uniform() - 0.5
            let v = uniform()
            let us = 0.5 - abs(u)
            let k = ((2 * a / us + b) * u + c).rounded(.down)
            if k < 0 || k > nd { continue }
            if us >= 0.07 && v <= vr { return Int(k) }
            if !prepared {
                alpha = (2.83 + 5.1 / b) * spq
                lpq = log(p / q)
                m = ((nd + 1) * p).rounded(.down)
                h = LogFactorial.of(Int(m)) + LogFactorial.of(n - Int(m))
                prepared = true
            }
            let lv = log(v * alpha / (a / (us * us) + b))
            let ki = Int(k)
            let bound = h - LogFactorial.of(ki) - LogFactorial.of(n - ki) + (k - m) * lpq
            if lv <= bound { return ki }
        }
    }
}
