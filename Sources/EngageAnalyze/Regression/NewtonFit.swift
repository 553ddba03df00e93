import Foundation

/// Maximum likelihood for β at a fixed family (and α): Fisher scoring with step-halving (Newton
/// steps on the observed information whenever it is positive definite), warm started, stopping when
/// |Δℓ| < 1e-10·(|ℓ| + 1) and max|Δβ| < 1e-8, at most 200 iterations (ANALYSIS.md §5.2). Sums run
/// in fixed row chunks on all cores, combined in chunk order, so the result does not depend on the
/// number of threads; zero covariates (dummies) are skipped in the cross-products.
struct NewtonFit: Sendable {
    /// The fitted coefficients and what the fit needs next.
    struct Result: Sendable {
        var beta: [Double]
        /// Log-likelihood without the y-only constant.
        var logLikPart: Double
        var converged: Bool
        var iterations: Int
    }

    /// Which information matrix a pass accumulates.
    enum Information: Sendable {
        /// Σ x xᵀ · E[−∂²ℓ/∂η²] (Fisher scoring).
        case expected
        /// Σ x xᵀ · (−∂²ℓ/∂η²) (Newton; the SEs of §5.3).
        case observed
    }

    /// One pass: ℓ, score and one information matrix.
    struct Sums: Sendable {
        var ll = 0.0
        var score: [Double]
        var info: SquareMatrix

        init(p: Int) {
            score = [Double](repeating: 0, count: p)
            info = SquareMatrix(p)
        }

        mutating func add(_ o: Sums) {
            ll += o.ll
            for i in score.indices { score[i] += o.score[i] }
            for i in info.a.indices { info.a[i] += o.info.a[i] }
        }
    }

    let x: DesignMatrix
    let y: [Double]
    let family: Likelihood

    /// Rows per parallel chunk.
    static let chunkRows = 65_536

    /// ℓ (without constant), and when `derivatives`, the score and the `information` matrix at β.
    func sums(_ beta: [Double], derivatives: Bool, information: Information = .expected) -> Sums {
        let n = y.count, p = x.p
        let chunks = max(1, (n + Self.chunkRows - 1) / Self.chunkRows)
        let x = self.x, y = self.y, family = self.family
        let observed = information == .observed
        let parts = Parallel.map(chunks) { c -> Sums in
            var s = Sums(p: p)
            let lo = c * Self.chunkRows, hi = min(n, lo + Self.chunkRows)
            var g = [Double](repeating: 0, count: p)
            var w = [Double](repeating: 0, count: p * p)
            var nz = [Int](repeating: 0, count: p)
            var xr = [Double](repeating: 0, count: p)
            let offset = x.offset
            x.values.withUnsafeBufferPointer { v in
                g.withUnsafeMutableBufferPointer { g in
                    w.withUnsafeMutableBufferPointer { w in
                        nz.withUnsafeMutableBufferPointer { nz in
                            xr.withUnsafeMutableBufferPointer { xr in
                                beta.withUnsafeBufferPointer { beta in
                                    for i in lo..<hi {
                                        var eta = offset?[i] ?? 0
                                        var k = 0
                                        var at = i
                                        for j in 0..<p {
                                            let value = v[at]
                                            at += n
                                            if value != 0 {
                                                eta += value * beta[j]
                                                nz[k] = j
                                                xr[k] = value
                                                k += 1
                                            }
                                        }
                                        let (ll, d, we, wo) = family.terms(y: y[i], eta: eta)
                                        s.ll += ll
                                        guard derivatives else { continue }
                                        let weight = observed ? wo : we
                                        for a in 0..<k {
                                            let j = nz[a]
                                            let xj = xr[a]
                                            g[j] += xj * d
                                            let wj = xj * weight
                                            for b in a..<k { w[j * p + nz[b]] += wj * xr[b] }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if derivatives {
                s.score = g
                s.info.a = w
            }
            return s
        }
        var total = Sums(p: p)
        for part in parts { total.add(part) }
        total.info.symmetrize()
        return total
    }

    /// Fits β from `start`.
    /// `betaTolerance` is ANALYSIS.md's 1e-8 for every reported fit; the profile search over α
    /// evaluates with 1e-6 (its ℓ is then exact to far below Brent's tolerance) and refits at α̂.
    func fit(start: [Double], maxIterations: Int = 200, betaTolerance: Double = 1e-8) -> Result {
        // Fisher scoring oscillates on heavy-tailed counts (seen on the Obama replies); Newton steps
        // on the observed information, taken whenever it is positive definite, converge to the same
        // maximum quadratically. Step-halving guards both.
        let information: Information
        switch family {
        case .nb2, .truncatedNB2: information = .observed
        case .poisson, .logit: information = .expected  // the same for these
        }
        var beta = start
        var current = sums(beta, derivatives: true, information: information)
        guard current.ll.isFinite else { return Result(beta: beta, logLikPart: current.ll, converged: false, iterations: 0) }
        for iteration in 1...maxIterations {
            var factor = current.info.cholesky()
            if factor == nil && information == .observed {
                factor = sums(beta, derivatives: true, information: .expected).info.cholesky()
            }
            guard let l = factor else {
                return Result(beta: beta, logLikPart: current.ll, converged: false, iterations: iteration)
            }
            let delta = l.choleskySolve(current.score)
            var step = 1.0
            var next = beta
            var trial: Sums
            while true {
                for j in beta.indices { next[j] = beta[j] + step * delta[j] }
                trial = sums(next, derivatives: true, information: information)
                if trial.ll.isFinite && trial.ll >= current.ll - 1e-12 * (abs(current.ll) + 1) { break }
                step /= 2
                if step < 1e-12 {
                    return Result(beta: beta, logLikPart: current.ll, converged: false, iterations: iteration)
                }
            }
            let dl = abs(trial.ll - current.ll)
            var maxStep = 0.0
            for j in beta.indices { maxStep = max(maxStep, abs(next[j] - beta[j])) }
            beta = next
            current = trial
            if dl < 1e-10 * (abs(current.ll) + 1) && maxStep < betaTolerance {
                return Result(beta: beta, logLikPart: current.ll, converged: true, iterations: iteration)
            }
        }
        return Result(beta: beta, logLikPart: current.ll, converged: false, iterations: maxIterations)
    }
}
