import Foundation

extension Xoshiro256StarStar {
    /// A hypergeometric variate: good items among `sample` drawn without replacement from `good` +
    /// `bad`. Sequential draws for small samples, Stadlober's ratio-of-uniforms (HRUA, as numpy)
    /// otherwise; both exact.
    mutating func hypergeometric(good: Int, bad: Int, sample: Int) -> Int {
        let total = good + bad
        if sample <= 0 || good <= 0 { return 0 }
        if bad <= 0 { return min(sample, good) }
        if sample >= total { return good }
        let computed = min(sample, total - sample)
        if computed <= 10 { return hypergeometricSequential(good: good, bad: bad, sample: sample) }
        return hypergeometricHRUA(good: good, bad: bad, sample: sample)
    }

    private mutating func hypergeometricSequential(good: Int, bad: Int, sample: Int) -> Int {
        let total = good + bad
        let flip = sample > total / 2
        var computed = flip ? total - sample : sample
        var remainingTotal = total, remainingGood = good
        while computed > 0 && remainingGood > 0 && remainingTotal > remainingGood {
            if Int(bounded(UInt64(remainingTotal))) < remainingGood { remainingGood -= 1 }
            remainingTotal -= 1
            computed -= 1
        }
        if remainingTotal == remainingGood { remainingGood -= computed }
        return flip ? remainingGood : good - remainingGood
    }

    private mutating func hypergeometricHRUA(good: Int, bad: Int, sample: Int) -> Int {
        let d1 = 1.7155277699214135, d2 = 0.8989161620588988
        let total = good + bad
        let computed = min(sample, total - sample)
        let minGB = min(good, bad), maxGB = max(good, bad)
        let p = Double(minGB) / Double(total), q = Double(maxGB) / Double(total)
        let mu = Double(computed) * p
        let a = mu + 0.5
        let variance = Double(total - computed) * Double(computed) * p * q / Double(total - 1)
        let c = (variance + 0.5).squareRoot()
        let h = d1 * c + d2
        let m = Int((Double(computed + 1) * Double(minGB + 1) / Double(total + 2)).rounded(.down))
        func lf(_ k: Int) -> Double { LogFactorial.of(k) }
        let g = lf(m) + lf(minGB - m) + lf(computed - m) + lf(maxGB - computed + m)
        let b = min(Double(min(computed, minGB) + 1), (a + 16 * c).rounded(.down))
        var k = 0
        while true {
            let u = uniform(), v = uniform()
            if u == 0 { continue }
            let x = a + h * (v - 0.5) / u
            if x < 0 || x >= b { continue }
            k = Int(x.rounded(.down))
            let gp = lf(k) + lf(minGB - k) + lf(computed - k) + lf(maxGB - computed + k)
            let t = g - gp
            if u * (4 - u) - 3 <= t { break }
            if u * (u - t) >= 1 { continue }
            if 2 * log(u) <= t { break }
        }
        if good > bad { k = computed - k }
        if computed < sample { k = good - k }
        return k
    }
}
