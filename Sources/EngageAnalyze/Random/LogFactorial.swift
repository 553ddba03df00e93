import Foundation

/// ln k! for k up to 2²¹ from a table built once (16 MB, a few milliseconds), lgamma beyond: the
/// binomial and hypergeometric samplers evaluate it in their inner loops.
enum LogFactorial {
    static let limit = 1 << 21
    static let table: [Double] = {
        var t = [Double](repeating: 0, count: limit + 1)
        var s = 0.0
        for k in 1...limit {
            s += log(Double(k))
            t[k] = s
        }
        return t
    }()

    /// ln k!.
    @inline(__always)
    static func of(_ k: Int) -> Double {
        k <= limit ? table[k] : GammaFunctions.lnGamma(Double(k) + 1)
    }
}
