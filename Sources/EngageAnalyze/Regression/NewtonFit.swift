import Foundation

/// Maximum likelihood for β at a fixed family (and α): Fisher scoring with step-halving (Newton
/// steps on the observed information whenever it is positive definite), warm started, stopping when |Δℓ| < 1e-10·(|ℓ| + 1) and max|Δβ| < 1e-8, at most 200 iterations
/// (ANALYSIS.md §5.2). Sums run in fixed row chunks on all cores, combined in chunk order, so the
/// result does not depend on the number of threads.
struct NewtonFit: Sendable {
    /// The fitted coefficients and what the fit needs next.
    struct Result: Sendable {
        var beta: [Double]
        /// Log-likelihood without the y-only constant.
        var logLikPart: Double
        var converged: Bool
        var iterations: Int
    }

    /// One pass: ℓ, score, expected and observed information.
    struct Sums: Sendable {
        var ll = 0.0
        var score: [Double]
        var expected: SquareMatrix
        var observed: SquareMatrix

        init(p: Int) {
            score = [Double](repeating: 0, count: p)
            expected = SquareMatrix(p)
            observed = SquareMatrix(p)
        }

        mutating func add(_ o: Sums) {
            ll += o.ll
            for i in score.indices { score[i] += o.score[i] }
            for i in expected.a.indices {
                expected.a[i] += o.expected.a[i]
                observed.a[i] += o.observed.a[i]
            }
        }
    }

    let x: DesignMatrix
    let y: [Double]
    let family: Likelihood

    /// Rows per parallel chunk.
    static let chunkRows = 65_536

    /// ℓ (without constant), and when `derivatives`, score and both information matrices at β.
    func sums(_ beta: [Double], derivatives: Bool, observed: Bool = false) -> Sums {
        let n = y.count, p = x.p
        let chunks = max(1, (n + Self.chunkRows - 1) / Self.chunkRows)
        let x = self.x, y = self.y, family = self.family
        let parts = Parallel.map(chunks) { c -> Sums in
            var s = Sums(p: p)
            let lo = c * Self.chunkRows, hi = min(n, lo + Self.chunkRows)
            x.values.withUnsafeBufferPointer { xv in
                var g = [Double](repeating: 0, count: p)
                var eW = [Double](repeating: 0, count: p * p)
                var oW = [Double](repeating: 0, count: p * p)
                for i in lo..<hi {
                    let row = i * p
                    var eta = x.offset?[i] ?? 0
                    for j in 0..<p { eta += xv[row + j] * beta[j] }
                    let (ll, d, we, wo) = family.terms(y: y[i], eta: eta)
                    s.ll += ll
                    guard derivatives else { continue }
                    for j in 0..<p {
                        let xj = xv[row + j]
                        g[j] += xj * d
                        let ej = xj * we
                        for k in j..<p { eW[j * p + k] += ej * xv[row + k] }
                        if observed {
                            let oj = xj * wo
                            for k in j..<p { oW[j * p + k] += oj * xv[row + k] }
                        }
                    }
                }
                if derivatives {
                    s.score = g
                    s.expected.a = eW
                    s.observed.a = oW
                }
            }
            return s
        }
        var total = Sums(p: p)
        for part in parts { total.add(part) }
        total.expected.symmetrize()
        total.observed.symmetrize()
        return total
    }

    /// Fits β from `start`.
    func fit(start: [Double], maxIterations: Int = 200) -> Result {
        var beta = start
        // Fisher scoring oscillates on heavy-tailed counts (seen on the Obama replies); Newton steps
        // on the observed information, taken whenever it is positive definite, converge to the same
        // maximum quadratically. Step-halving guards both.
        let useObserved: Bool
        switch family {
        case .nb2, .truncatedNB2: useObserved = true
        case .poisson, .logit: useObserved = false  // observed = expected
        }
        var current = sums(beta, derivatives: true, observed: useObserved)
        guard current.ll.isFinite else { return Result(beta: beta, logLikPart: current.ll, converged: false, iterations: 0) }
        for iteration in 1...maxIterations {
            guard let l = (useObserved ? current.observed.cholesky() : nil) ?? current.expected.cholesky() else {
                return Result(beta: beta, logLikPart: current.ll, converged: false, iterations: iteration)
            }
            let delta = l.choleskySolve(current.score)
            var step = 1.0
            var next = beta
            var trial: Sums
            while true {
                for j in beta.indices { next[j] = beta[j] + step * delta[j] }
                trial = sums(next, derivatives: true, observed: useObserved)
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
            if dl < 1e-10 * (abs(current.ll) + 1) && maxStep < 1e-8 {
                return Result(beta: beta, logLikPart: current.ll, converged: true, iterations: iteration)
            }
        }
        return Result(beta: beta, logLikPart: current.ll, converged: false, iterations: maxIterations)
    }
}
