import Foundation

/// The per-post likelihood of each regression family, as functions of the linear predictor η:
/// the log-likelihood contribution (without terms that do not depend on β), its derivative and the
/// expected and observed information weights (ANALYSIS.md §5).
enum Likelihood: Sendable, Hashable {
    /// Poisson, log link.
    case poisson
    /// Negative binomial NB2 with dispersion α, log link.
    case nb2(Double)
    /// Zero-truncated NB2 (the count part of a hurdle), for y ≥ 1.
    case truncatedNB2(Double)
    /// Logistic regression of y ∈ {0, 1}.
    case logit

    /// (ℓ part, dℓ/dη, expected weight, observed weight) of one observation.
    @inline(__always)
    func terms(y: Double, eta: Double) -> (Double, Double, Double, Double) {
        switch self {
        case .poisson:
            let mu = exp(eta)
            return (y * eta - mu, y - mu, mu, mu)
        case .nb2(let alpha):
            // y·ln α is left to the constant: it does not depend on β
            let mu = exp(eta)
            let am = alpha * mu
            let l1 = log1p(am)
            let ll = y * eta - (y + 1 / alpha) * l1
            let d = 1 + am
            return (ll, (y - mu) / d, mu / d, mu * (1 + alpha * y) / (d * d))
        case .truncatedNB2(let alpha):
            let mu = exp(eta)
            let am = alpha * mu
            let l1 = log1p(am)
            let d = 1 + am
            let lp0 = -l1 / alpha           // ln p0
            let p0 = exp(lp0)
            let oneMinus = -expm1(lp0)      // 1 − p0
            let lambda = p0 / oneMinus
            let ll = y * eta - (y + 1 / alpha) * l1 - log(oneMinus)
            let g = (y - mu) / d - lambda * mu / d
            let wObs = mu * (1 + alpha * y) / (d * d) - p0 * mu * mu / (d * d * oneMinus * oneMinus) + lambda * mu / (d * d)
            return (ll, g, mu / d, wObs)
        case .logit:
            let p = 1 / (1 + exp(-eta))
            let ll = y * eta - (eta > 0 ? eta + log1p(exp(-eta)) : log1p(exp(eta)))
            let w = p * (1 - p)
            return (ll, y - p, w, w)
        }
    }

    /// The part of the log-likelihood that depends on y (and α) only, summed over a histogram of y.
    func constant(_ yCounts: [(Double, Int)]) -> Double {
        var s = 0.0
        switch self {
        case .poisson:
            for (y, c) in yCounts { s -= Double(c) * GammaFunctions.lnGamma(y + 1) }
        case .nb2(let alpha), .truncatedNB2(let alpha):
            let theta = 1 / alpha
            let lgTheta = GammaFunctions.lnGamma(theta)
            let la = log(alpha)
            for (y, c) in yCounts {
                s += Double(c) * (GammaFunctions.lnGamma(y + theta) - lgTheta - GammaFunctions.lnGamma(y + 1) + y * la)
            }
        case .logit:
            break
        }
        return s
    }
}
