/// The covariates of a regression: an intercept column first, then named terms, row-major, with an
/// optional offset per row.
struct DesignMatrix: Sendable {
    /// Term names, intercept first (`(intercept)`).
    var names: [String]
    /// n × p values, row-major.
    var values: [Double]
    /// Offsets (ln F or ln I), or nil.
    var offset: [Double]?
    /// When the columns were standardised for fitting: each term's (mean, SD), intercept (0, 1).
    var scaling: [(Double, Double)]?

    var p: Int { names.count }
    var n: Int { p == 0 ? 0 : values.count / p }

    /// An intercept plus `columns` (each of the same length n).
    init(columns: [(String, [Double])], offset: [Double]? = nil) {
        let n = columns.first?.1.count ?? offset?.count ?? 0
        names = ["(intercept)"] + columns.map(\.0)
        let p = names.count
        var v = [Double](repeating: 0, count: n * p)
        for i in 0..<n {
            v[i * p] = 1
            for (j, c) in columns.enumerated() { v[i * p + j + 1] = c.1[i] }
        }
        values = v
        self.offset = offset
    }

    init(names: [String], values: [Double], offset: [Double]?) {
        self.names = names
        self.values = values
        self.offset = offset
    }

    /// The rows `keep` selects.
    func rows(_ keep: [Int]) -> DesignMatrix {
        var v: [Double] = []
        v.reserveCapacity(keep.count * p)
        for i in keep { v += values[(i * p)..<((i + 1) * p)] }
        var d = DesignMatrix(names: names, values: v, offset: offset.map { o in keep.map { o[$0] } })
        d.scaling = scaling
        return d
    }

    /// The design without columns that are linear combinations of the intercept and earlier
    /// columns (complementary dummies, a flag every post has), and the names dropped.
    func droppingCollinear() -> (DesignMatrix, [String]) {
        let n = self.n
        guard p > 1, n > 0 else { return (self, []) }
        // centred cross-products of the non-intercept columns
        var mean = [Double](repeating: 0, count: p)
        for i in 0..<n { for j in 1..<p { mean[j] += values[i * p + j] } }
        for j in 1..<p { mean[j] /= Double(n) }
        var c = SquareMatrix(p)
        for i in 0..<n {
            for j in 1..<p {
                let a = values[i * p + j] - mean[j]
                for k in j..<p { c[j, k] += a * (values[i * p + k] - mean[k]) }
            }
        }
        c.symmetrize()
        // incremental Cholesky: a column whose residual after the kept ones is ~0 is dropped
        var kept: [Int] = []
        var l: [[Double]] = []  // rows of the factor for kept columns
        var dropped: [String] = []
        for j in 1..<p {
            var row = [Double](repeating: 0, count: kept.count)
            var d = c[j, j]
            for (a, ka) in kept.enumerated() {
                var v = c[j, ka]
                for b in 0..<a { v -= row[b] * l[a][b] }
                row[a] = v / l[a][a]
                d -= row[a] * row[a]
            }
            if c[j, j] <= 0 || d <= 1e-9 * c[j, j] {
                dropped.append(names[j])
                continue
            }
            row.append(d.squareRoot())
            l.append(row)
            kept.append(j)
        }
        guard !dropped.isEmpty else { return (self, []) }
        let cols = [0] + kept
        var v: [Double] = []
        v.reserveCapacity(n * cols.count)
        for i in 0..<n { for j in cols { v.append(values[i * p + j]) } }
        return (DesignMatrix(names: cols.map { names[$0] }, values: v, offset: offset), dropped)
    }

    /// The same design with every continuous column centred and scaled to unit SD (0/1 dummies left
    /// as they are), which keeps the information matrix well conditioned; ``original(_:_:)`` maps
    /// estimates back.
    func standardized() -> DesignMatrix {
        var d = self
        d.standardize()
        return d
    }

    /// Standardises in place (see ``standardized()``).
    mutating func standardize() {
        let n = self.n
        var scaling: [(Double, Double)] = [(0, 1)]
        var v = values
        values = []
        for j in 1..<max(1, p) {
            var mean = 0.0
            for i in 0..<n { mean += v[i * p + j] }
            mean /= Double(max(1, n))
            var ss = 0.0
            for i in 0..<n { ss += (v[i * p + j] - mean) * (v[i * p + j] - mean) }
            let sd = n > 1 ? (ss / Double(n - 1)).squareRoot() : 0
            var binary = true
            for i in 0..<n where v[i * p + j] != 0 && v[i * p + j] != 1 {
                binary = false
                break
            }
            if binary {  // dummies stay 0/1: already well scaled, and their zeros are skipped in sums
                scaling.append((0, 1))
                continue
            }
            let scale = sd > 0 ? sd : 1
            scaling.append((mean, scale))
            for i in 0..<n { v[i * p + j] = (v[i * p + j] - mean) / scale }
        }
        values = v
        self.scaling = scaling
    }

    /// Coefficients and covariance on the original scale of a standardised design's estimates.
    func original(_ beta: [Double], _ cov: SquareMatrix) -> ([Double], SquareMatrix) {
        guard let scaling else { return (beta, cov) }
        // β_j = b_j / s_j (j ≥ 1); β_0 = b_0 − Σ b_j m_j / s_j.  A is the Jacobian of that map.
        var a = SquareMatrix(p)
        a[0, 0] = 1
        for j in 1..<max(1, p) {
            a[j, j] = 1 / scaling[j].1
            a[0, j] = -scaling[j].0 / scaling[j].1
        }
        var out = [Double](repeating: 0, count: p)
        for i in 0..<p { for k in 0..<p { out[i] += a[i, k] * beta[k] } }
        var t = SquareMatrix(p), c = SquareMatrix(p)
        for i in 0..<p { for j in 0..<p {
            var s = 0.0
            for k in 0..<p { s += a[i, k] * cov[k, j] }
            t[i, j] = s
        } }
        for i in 0..<p { for j in 0..<p {
            var s = 0.0
            for k in 0..<p { s += t[i, k] * a[j, k] }
            c[i, j] = s
        } }
        return (out, c)
    }
}
