import Foundation

/// Brent's bounded minimisation of a function of one variable (golden section with parabolic steps;
/// the algorithm of scipy's `fminbound`).
enum Brent {
    /// The minimiser of `f` on [a, b] to absolute tolerance `xtol`, with its value and evaluations.
    static func minimize(_ a0: Double, _ b0: Double, xtol: Double = 1e-8, maxEvaluations: Int = 200,
                         _ f: (Double) -> Double) -> (x: Double, fx: Double, evaluations: Int) {
        let golden = 0.5 * (3 - 5.0.squareRoot())
        let sqrtEps = 1.4901161193847656e-08
        var a = a0, b = b0
        var fulc = a + golden * (b - a)
        var nfc = fulc, xf = fulc
        var rat = 0.0, e = 0.0
        var x = xf
        var fx = f(x)
        var evals = 1
        var ffulc = fx, fnfc = fx
        var xm = 0.5 * (a + b)
        var tol1 = sqrtEps * abs(xf) + xtol / 3
        var tol2 = 2 * tol1
        while abs(xf - xm) > (tol2 - 0.5 * (b - a)) && evals < maxEvaluations {
            var golden_ = true
            if abs(e) > tol1 {
                golden_ = false
                var r = (xf - nfc) * (fx - ffulc)
                var q = (xf - fulc) * (fx - fnfc)
                var p = (xf - fulc) * q - (xf - nfc) * r
                q = 2 * (q - r)
                if q > 0 { p = -p }
                q = abs(q)
                r = e
                e = rat
                if abs(p) < abs(0.5 * q * r) && p > q * (a - xf) && p < q * (b - xf) {
                    rat = p / q
                    x = xf + rat
                    if (x - a) < tol2 || (b - x) < tol2 {
                        let si = xm - xf >= 0 ? 1.0 : -1.0
                        rat = tol1 * si
                    }
                } else {
                    golden_ = true
                }
            }
            if golden_ {
                e = xf >= xm ? a - xf : b - xf
                rat = golden * e
            }
            let si = rat >= 0 ? 1.0 : -1.0
            x = xf + si * max(abs(rat), tol1)
            let fu = f(x)
            evals += 1
            if fu <= fx {
                if x >= xf { a = xf } else { b = xf }
                fulc = nfc; ffulc = fnfc
                nfc = xf; fnfc = fx
                xf = x; fx = fu
            } else {
                if x < xf { a = x } else { b = x }
                if fu <= fnfc || nfc == xf {
                    fulc = nfc; ffulc = fnfc
                    nfc = x; fnfc = fu
                } else if fu <= ffulc || fulc == xf || fulc == nfc {
                    fulc = x; ffulc = fu
                }
            }
            xm = 0.5 * (a + b)
            tol1 = sqrtEps * abs(xf) + xtol / 3
            tol2 = 2 * tol1
        }
        return (xf, fx, evals)
    }
}
