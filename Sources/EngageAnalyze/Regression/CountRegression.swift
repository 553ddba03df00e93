import Foundation

/// The second-stage model of ANALYSIS.md §5: NB2 by profile likelihood (Brent over ln α on
/// [−12, 6] to 1e-5, Fisher scoring with step-halving for β; the reported fit is refitted at α̂
/// with the §5.2 stopping rule), observed-information SEs, the Poisson
/// diagnostics, the hurdle when zeros dominate, and the two fallbacks.
public struct CountRegression: Sendable {
    /// Model diagnostics (§5.4).
    public struct Diagnostics: Sendable, Hashable {
        /// Poisson Pearson χ²/df; ≫ 1 rules Poisson out.
        public var poissonDispersion: Double?
        /// LR = 2(ℓ_NB − ℓ_Poisson).
        public var likelihoodRatio: Double?
        /// ½·P(χ²₁ > LR): α = 0 lies on the boundary.
        public var likelihoodRatioP: Double?
        /// Σ (1 + αμ)^(−1/α) under the NB2 fit.
        public var expectedZeros: Double?
        /// Posts with y = 0.
        public var observedZeros: Int
        /// observedZeros / n.
        public var zeroShare: Double
    }

    /// The hurdle model (§5.5).
    public struct Hurdle: Sendable, Hashable {
        /// Part 1: logit for P(y > 0); ratios are odds ratios.
        public var any: CountModelFit?
        /// Part 2: zero-truncated NB2 on y > 0; ratios are IRRs.
        public var positive: CountModelFit?
    }

    /// Everything fitted for one outcome.
    public struct Report: Sendable, Hashable {
        /// The model the figures come from (NB2, or a fallback marked unstable).
        public var model: CountModelFit
        public var diagnostics: Diagnostics
        /// Present when zeros dominate.
        public var hurdle: Hurdle?
    }

    /// Lower and upper bound of the search over ln α.
    static let lnAlphaRange = (-12.0, 6.0)

    /// Fits everything for counts `y` on `x`; nil when there are fewer posts than terms + 1.
    static func fit(_ design: consuming DesignMatrix, _ y: [Double]) -> Report? {
        guard y.count > design.p, design.p > 0 else { return nil }
        var x = design
        x.standardize()
        let counts = histogram(y)
        var failure: String?
        var model: CountModelFit
        var nbMu: [Double]?
        var nbBeta: [Double]?
        let nb = fitNB2(x, y, counts: counts)
        if case .success(let (_, _, beta)) = nb { nbBeta = beta }
        // the Poisson fit (diagnostics, fallback 1) starts from the NB2 coefficients when there are some
        let poisson = fitPoisson(x, y, start: nbBeta)
        switch nb {
        case .success(let (fit, mu, _)):
            model = fit
            nbMu = mu
        case .failure(let reason):
            failure = reason.text
            if let g = fitGLMNBMoments(x, y, poisson: poisson, counts: counts) {
                model = g.0
                nbMu = g.1
            } else if let ols = fitOLS(x, y) {
                model = ols
            } else {
                return nil
            }
            model.failure = failure
        }
        let zeros = y.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        var diag = Diagnostics(observedZeros: zeros, zeroShare: Double(zeros) / Double(y.count))
        if let poisson {
            diag.poissonDispersion = poisson.pearson / Double(y.count - x.p)
            if model.method == .nb2, let l = model.logLikelihood {
                let lr = max(0, 2 * (l - poisson.logLik))
                diag.likelihoodRatio = lr
                diag.likelihoodRatioP = 0.5 * GammaFunctions.chiSquaredSF(lr, df: 1)
            }
        }
        if let alpha = model.alpha, let mu = nbMu {
            var e = 0.0
            for m in mu { e += exp(-log1p(alpha * m) / alpha) }
            diag.expectedZeros = e
        }
        var hurdle: Hurdle?
        let expected = diag.expectedZeros ?? 0
        if zeros > 0 && (diag.zeroShare >= 0.5 || Double(zeros) > 1.1 * expected) {
            hurdle = fitHurdle(&x, y)
        }
        return Report(model: model, diagnostics: diag, hurdle: hurdle)
    }

    // MARK: - Estimators

    struct Failure: Error {
        var text: String
    }

    /// Warm starts along the profile: β̂ at the nearest evaluated ln α, moved along the line through
    /// the two nearest (β̂ changes smoothly with α), which saves a Newton step per evaluation.
    struct WarmStart {
        var history: [(Double, [Double])] = []
        let initial: [Double]

        init(_ initial: [Double]) { self.initial = initial }

        mutating func record(_ lnAlpha: Double, _ beta: [Double]) { history.append((lnAlpha, beta)) }

        func start(at lnAlpha: Double) -> [Double] {
            let near = history.sorted { abs($0.0 - lnAlpha) < abs($1.0 - lnAlpha) }
            guard let a = near.first else { return initial }
            guard near.count > 1, near[1].0 != a.0, abs(lnAlpha - a.0) <= 2 * abs(near[1].0 - a.0) else { return a.1 }
            let b = near[1]
            let t = (lnAlpha - a.0) / (b.0 - a.0)
            return zip(a.1, b.1).map { $0 + t * ($1 - $0) }
        }
    }

    static func histogram(_ y: [Double]) -> [(Double, Int)] {
        var h: [Double: Int] = [:]
        for v in y { h[v, default: 0] += 1 }
        return h.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    static func startBeta(_ x: DesignMatrix, _ y: [Double]) -> [Double] {
        var b = [Double](repeating: 0, count: x.p)
        let total = y.reduce(0, +)
        let exposure = x.offset.map { $0.reduce(0) { $0 + exp($1) } } ?? Double(y.count)
        b[0] = log(max(total, 0.5) / exposure)
        return b
    }

    /// NB2 by profile likelihood; the fit and the fitted means.
    static func fitNB2(_ x: DesignMatrix, _ y: [Double], counts: [(Double, Int)]) -> Result<(CountModelFit, [Double], [Double]), Failure> {
        var warm = WarmStart(startBeta(x, y))
        let (lo, hi) = lnAlphaRange
        // ln α to 1e-5: α to 1e-5 relative, far below what moves an IRR in its fourth decimal
        let best = Brent.minimize(lo, hi, xtol: 1e-5) { lnAlpha in
            let alpha = exp(lnAlpha)
            let r = NewtonFit(x: x, y: y, family: .nb2(alpha)).fit(start: warm.start(at: lnAlpha), betaTolerance: 1e-6)
            if r.converged { warm.record(lnAlpha, r.beta) }
            let ll = r.logLikPart + Likelihood.nb2(alpha).constant(counts)
            return ll.isFinite ? -ll : .greatestFiniteMagnitude
        }
        let lnAlpha = best.x
        let alpha = exp(lnAlpha)
        let nf = NewtonFit(x: x, y: y, family: .nb2(alpha))
        let r = nf.fit(start: warm.start(at: lnAlpha))
        guard r.converged else { return .failure(Failure(text: "no convergence")) }
        if lnAlpha - lo < 1e-3 || hi - lnAlpha < 1e-3 {
            return .failure(Failure(text: "α at a search bound (\(lnAlpha < 0 ? "≈ 0" : "very large"))"))
        }
        let ll = r.logLikPart + Likelihood.nb2(alpha).constant(counts)
        guard ll.isFinite else { return .failure(Failure(text: "non-finite log-likelihood")) }
        guard let cov = nf.sums(r.beta, derivatives: true, information: .observed).info.inverse() else {
            return .failure(Failure(text: "information matrix not positive definite"))
        }
        let terms = makeTerms(x, r.beta, cov)
        if let bad = terms.first(where: { !$0.standardError.isFinite || !$0.beta.isFinite }) {
            return .failure(Failure(text: "non-finite estimate for \(bad.name)"))
        }
        if let sep = terms.dropFirst().first(where: { abs($0.beta) > 20 }) {
            return .failure(Failure(text: "separation (|β| > 20 for \(sep.name))"))
        }
        let fit = CountModelFit(method: .nb2, unstable: false, failure: nil, terms: terms, alpha: alpha,
                                logLikelihood: ll, n: y.count, iterations: r.iterations)
        return .success((fit, means(x, r.beta), r.beta))
    }

    static func makeTerms(_ x: DesignMatrix, _ b: [Double], _ c: SquareMatrix) -> [RegressionTerm] {
        let (beta, cov) = x.original(b, c)
        return x.names.indices.map { j in
            RegressionTerm(name: x.names[j], beta: beta[j], se: cov[j, j] > 0 ? cov[j, j].squareRoot() : .nan)
        }
    }

    static func means(_ x: DesignMatrix, _ beta: [Double]) -> [Double] {
        let p = x.p
        return (0..<x.n).map { i in
            var eta = x.offset?[i] ?? 0
            for j in 0..<p { eta += x[i, j] * beta[j] }
            return exp(eta)
        }
    }

    struct PoissonFit {
        var beta: [Double]
        var mu: [Double]
        var logLik: Double
        var pearson: Double
    }

    static func fitPoisson(_ x: DesignMatrix, _ y: [Double], start: [Double]? = nil) -> PoissonFit? {
        let r = NewtonFit(x: x, y: y, family: .poisson).fit(start: start ?? startBeta(x, y))
        guard r.logLikPart.isFinite else { return nil }
        let mu = means(x, r.beta)
        var pearson = 0.0
        for (m, v) in zip(mu, y) { pearson += (v - m) * (v - m) / m }
        let ll = r.logLikPart + Likelihood.poisson.constant(histogram(y))
        return PoissonFit(beta: r.beta, mu: mu, logLik: ll, pearson: pearson)
    }

    /// Fallback 1: α by moments from the Poisson fit (capped at 5), β by Fisher scoring, HC0
    /// sandwich SEs.
    static func fitGLMNBMoments(_ x: DesignMatrix, _ y: [Double], poisson: PoissonFit?,
                                counts: [(Double, Int)]) -> (CountModelFit, [Double])? {
        guard let poisson else { return nil }
        var s = 0.0
        for (m, v) in zip(poisson.mu, y) { s += ((v - m) * (v - m) - m) / (m * m) }
        let alpha = min(5, max(1e-6, s / Double(y.count)))
        let nf = NewtonFit(x: x, y: y, family: .nb2(alpha))
        let r = nf.fit(start: poisson.beta)
        guard r.converged else { return nil }
        // bread: the observed information (as statsmodels' GLM robust covariance for this
        // non-canonical link), the expected one when the observed is not positive definite
        guard let bread = nf.sums(r.beta, derivatives: true, information: .observed).info.inverse()
            ?? nf.sums(r.beta, derivatives: true).info.inverse() else { return nil }
        var meat = SquareMatrix(x.p)
        let mu = means(x, r.beta)
        for i in 0..<y.count {
            let g = (y[i] - mu[i]) / (1 + alpha * mu[i])
            for j in 0..<x.p { for k in j..<x.p {
                meat[j, k] += x[i, j] * x[i, k] * g * g
            } }
        }
        meat.symmetrize()
        let cov = bread.sandwich(meat)
        let terms = makeTerms(x, r.beta, cov)
        guard terms.allSatisfy({ $0.standardError.isFinite }) else { return nil }
        let ll = r.logLikPart + Likelihood.nb2(alpha).constant(counts)
        return (CountModelFit(method: .glmNBMoments, unstable: true, failure: nil, terms: terms, alpha: alpha,
                              logLikelihood: ll, n: y.count, iterations: r.iterations), mu)
    }

    /// Fallback 2: OLS on ln(1 + y) (minus the offset) with HC3 SEs.
    static func fitOLS(_ x: DesignMatrix, _ y: [Double]) -> CountModelFit? {
        let p = x.p, n = y.count
        var xtx = SquareMatrix(p)
        var xty = [Double](repeating: 0, count: p)
        let target = (0..<n).map { log1p(y[$0]) - (x.offset?[$0] ?? 0) }
        for i in 0..<n {
            for j in 0..<p {
                let xj = x[i, j]
                xty[j] += xj * target[i]
                for k in j..<p { xtx[j, k] += xj * x[i, k] }
            }
        }
        xtx.symmetrize()
        guard let inv = xtx.inverse() else { return nil }
        var beta = [Double](repeating: 0, count: p)
        for j in 0..<p { for k in 0..<p { beta[j] += inv[j, k] * xty[k] } }
        var meat = SquareMatrix(p)
        for i in 0..<n {
            var fitted = 0.0, h = 0.0
            for j in 0..<p {
                fitted += x[i, j] * beta[j]
                var t = 0.0
                for k in 0..<p { t += inv[j, k] * x[i, k] }
                h += x[i, j] * t
            }
            let e = target[i] - fitted
            let w = e * e / max(1e-12, (1 - h) * (1 - h))
            for j in 0..<p { for k in j..<p { meat[j, k] += x[i, j] * x[i, k] * w } }
        }
        meat.symmetrize()
        return CountModelFit(method: .olsLog, unstable: true, failure: nil,
                             terms: makeTerms(x, beta, inv.sandwich(meat)), alpha: nil, logLikelihood: nil,
                             n: n, iterations: 1)
    }

    /// The hurdle: logit on y > 0, zero-truncated NB2 (profile over α) on y > 0. `x` is reduced to
    /// the rows with y > 0 in place (the caller has no further use for it).
    static func fitHurdle(_ x: inout DesignMatrix, _ y: [Double]) -> Hurdle {
        var hurdle = Hurdle()
        hurdle.any = fitHurdleLogit(x, y)
        let keep = y.indices.filter { y[$0] > 0 }
        guard keep.count > x.p + 1 else { return hurdle }
        x.keepRows(keep)
        let xp = x
        let yp = keep.map { y[$0] }
        let counts = histogram(yp)
        var warm = startBeta(xp, yp)
        let (lo, hi) = lnAlphaRange
        // ln α to 1e-5: α to 1e-5 relative, far below what moves an IRR in its fourth decimal
        let best = Brent.minimize(lo, hi, xtol: 1e-5) { lnAlpha in
            let alpha = exp(lnAlpha)
            let r = NewtonFit(x: xp, y: yp, family: .truncatedNB2(alpha)).fit(start: warm, betaTolerance: 1e-6)
            if r.converged { warm = r.beta }
            let ll = r.logLikPart + Likelihood.truncatedNB2(alpha).constant(counts)
            return ll.isFinite ? -ll : .greatestFiniteMagnitude
        }
        let alpha = exp(best.x)
        let nf = NewtonFit(x: xp, y: yp, family: .truncatedNB2(alpha))
        let r = nf.fit(start: warm)
        var failure: String?
        if !r.converged { failure = "no convergence" }
        if best.x - lo < 1e-3 || hi - best.x < 1e-3 { failure = "α at a search bound" }
        let cov = nf.sums(r.beta, derivatives: true, information: .observed).info.inverse()
        if cov == nil { failure = "information matrix not positive definite" }
        let terms = cov.map { makeTerms(xp, r.beta, $0) } ?? xp.names.map { RegressionTerm(name: $0, beta: .nan, se: .nan) }
        if failure == nil, terms.dropFirst().contains(where: { abs($0.beta) > 20 }) { failure = "separation" }
        hurdle.positive = CountModelFit(method: .truncatedNB2, unstable: failure != nil, failure: failure, terms: terms,
                                        alpha: alpha, logLikelihood: r.logLikPart + Likelihood.truncatedNB2(alpha).constant(counts),
                                        n: yp.count, iterations: r.iterations)
        return hurdle
    }

    /// The hurdle's first part: logit on y > 0, or nil when it does not converge.
    static func fitHurdleLogit(_ x: DesignMatrix, _ y: [Double]) -> CountModelFit? {
        let any = y.map { $0 > 0 ? 1.0 : 0.0 }
        let lf = NewtonFit(x: x, y: any, family: .logit)
        var start = [Double](repeating: 0, count: x.p)
        let share = any.reduce(0, +) / Double(any.count)
        if share > 0 && share < 1 { start[0] = log(share / (1 - share)) }
        let lr = lf.fit(start: start)
        guard lr.converged, let cov = lf.sums(lr.beta, derivatives: true).info.inverse() else { return nil }
        let terms = makeTerms(x, lr.beta, cov)
        let separated = terms.dropFirst().contains { abs($0.beta) > 20 } || terms.contains { !$0.standardError.isFinite }
        return CountModelFit(method: .logit, unstable: separated, failure: separated ? "separation" : nil,
                             terms: terms, alpha: nil, logLikelihood: lr.logLikPart, n: y.count,
                             iterations: lr.iterations)
    }
}
