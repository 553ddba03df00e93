import Foundation

/// Maps data values to chart coordinates, linear or log (`log10(1 + v)`, for counts that are mostly
/// small with a few large ones), and chooses ticks with round labels.
public struct ChartScale: Sendable {
    /// How values map.
    public enum Kind: Sendable { case linear, log1p }

    public let kind: Kind
    public let domain: (lower: Double, upper: Double)
    /// The coordinate of `domain.lower` and of `domain.upper` (reversed for a y axis).
    public let range: (from: Double, to: Double)

    public init(_ kind: Kind, domain: (Double, Double), range: (Double, Double)) {
        self.kind = kind
        let lo = domain.0, hi = domain.1 > domain.0 ? domain.1 : domain.0 + 1
        self.domain = (lo, hi)
        self.range = range
    }

    func t(_ v: Double) -> Double {
        switch kind {
        case .linear: return v
        case .log1p: return log10(1 + max(0, v))
        }
    }

    /// The coordinate of `v` (clamped to the domain).
    public func callAsFunction(_ v: Double) -> Double {
        let a = t(domain.lower), b = t(domain.upper)
        let x = (t(min(max(v, domain.lower), domain.upper)) - a) / (b - a)
        return range.from + x * (range.to - range.from)
    }

    /// Tick values: "nice" steps for a linear scale, 0, 1, 2, 5, 10, 20, 50… for a log scale.
    public func ticks(_ count: Int = 5) -> [Double] {
        switch kind {
        case .linear:
            let span = domain.upper - domain.lower
            let raw = span / Double(max(1, count))
            let mag = pow(10, floor(log10(raw)))
            let step = [1.0, 2, 2.5, 5, 10].map { $0 * mag }.first { $0 >= raw } ?? 10 * mag
            var v = (domain.lower / step).rounded(.up) * step, out: [Double] = []
            while v <= domain.upper + step * 1e-9 {
                out.append(abs(v) < step * 1e-9 ? 0 : v)
                v += step
            }
            return out
        case .log1p:
            var out: [Double] = [0]
            var m = 1.0
            while m <= domain.upper {
                for f in [1.0, 2, 5] where f * m <= domain.upper { out.append(f * m) }
                m *= 10
            }
            if out.count > 9 { out = out.filter { $0 == 0 || log10($0) == log10($0).rounded() } }
            return out
        }
    }

    /// A tick label: `0`, `2.5`, `1k`, `20k`, `1.5M`, `−0.5`.
    public static func label(_ v: Double) -> String {
        let a = abs(v)
        let sign = v < 0 ? "−" : ""
        func trim(_ x: Double) -> String {
            let s = String(format: "%.2f", x)
            var t = s
            while t.hasSuffix("0") { t.removeLast() }
            if t.hasSuffix(".") { t.removeLast() }
            return t
        }
        if a >= 1_000_000 { return sign + trim(a / 1_000_000) + "M" }
        if a >= 1000 { return sign + trim(a / 1000) + "k" }
        return sign + trim(a)
    }
}
