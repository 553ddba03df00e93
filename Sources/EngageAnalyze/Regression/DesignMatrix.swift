/// The covariates of a regression, column by column: an intercept column first, then named terms,
/// with an optional offset per row. The columns are stored once, back to back in one array (column
/// j at `j·n ..< (j+1)·n`), so the fitting loop reads them through a single buffer.
struct DesignMatrix: Sendable {
    /// Term names, intercept first (`(intercept)`).
    var names: [String]
    /// Rows.
    private(set) var n: Int
    /// The columns back to back (the intercept's all ones).
    private(set) var values: [Double]
    /// Offsets (ln F or ln I), or nil.
    var offset: [Double]?
    /// When the columns were standardised for fitting: each term's (mean, SD), intercept (0, 1).
    var scaling: [(Double, Double)]?

    var p: Int { names.count }

    /// x[i, j]: row i, term j.
    @inline(__always)
    subscript(i: Int, j: Int) -> Double { values[j * n + i] }

    /// Column j.
    func column(_ j: Int) -> ArraySlice<Double> { values[(j * n)..<((j + 1) * n)] }

    /// An intercept plus `columns` (each of the same length n), consumed one by one so that only
    /// one column exists twice at any time.
    init(columns named: consuming [(String, [Double])], offset: [Double]? = nil) {
        let n = named.first?.1.count ?? offset?.count ?? 0
        names = ["(intercept)"] + named.map(\.0)
        self.n = n
        var v = [Double]()
        v.reserveCapacity(n * (named.count + 1))
        v.append(contentsOf: repeatElement(1.0, count: n))
        var rest = named
        rest.reverse()
        while let (_, c) = rest.popLast() { v.append(contentsOf: c) }
        values = v
        self.offset = offset
    }

    /// An intercept column only; ``append(_:_:)`` adds terms without building separate arrays.
    /// `columns` (intercept included) is how many the caller expects at most: room for them is
    /// taken once, so the matrix is never copied while it grows (a copy would double the peak
    /// memory of a million-row model).
    init(rows n: Int, columns: Int = 1, offset: [Double]? = nil) {
        names = ["(intercept)"]
        self.n = n
        var v = [Double]()
        v.reserveCapacity(n * max(1, columns))
        v.append(contentsOf: repeatElement(1.0, count: n))
        values = v
        self.offset = offset
    }

    /// Appends a term whose value in row i is `value(i)`, unless it repeats an earlier column
    /// exactly; returns whether it was added.
    @discardableResult
    mutating func append(_ name: String, _ value: (Int) -> Double) -> Bool {
        let start = values.count
        if values.capacity < start + n {
            values.reserveCapacity(max(start + n, values.count * 3 / 2))  // geometric beyond the estimate
        }
        for i in 0..<n { values.append(value(i)) }
        for j in 1..<p {
            var same = true
            for i in 0..<n where values[j * n + i] != values[start + i] {
                same = false
                break
            }
            if same {
                values.removeLast(n)
                return false
            }
        }
        names.append(name)
        return true
    }

    init(names: [String], n: Int, values: [Double], offset: [Double]?) {
        self.names = names
        self.n = n
        self.values = values
        self.offset = offset
    }

    /// Keeps, in place, only the rows `keep` selects (ascending): no second matrix is built, so a
    /// million-row hurdle model does not hold two copies.
    mutating func keepRows(_ keep: [Int]) {
        let m = keep.count, n = self.n, p = self.p
        values.withUnsafeMutableBufferPointer { v in
            // destination j·m + k never passes the source j·n + keep[k] (m ≤ n, keep[k] ≥ k)
            for j in 0..<p { for (k, i) in keep.enumerated() { v[j * m + k] = v[j * n + i] } }
        }
        values.removeLast(values.count - m * p)
        if let o = offset { offset = keep.map { o[$0] } }
        self.n = m
    }

    /// Drops, in place, columns that are linear combinations of the intercept and earlier columns
    /// (complementary dummies, a flag every post has), and returns their names.
    mutating func dropCollinear() -> [String] {
        let n = self.n
        guard p > 1, n > 0 else { return [] }
        // centred cross-products of the non-intercept columns
        var mean = [Double](repeating: 0, count: p)
        for j in 1..<p { mean[j] = column(j).reduce(0, +) / Double(n) }
        var c = SquareMatrix(p)
        values.withUnsafeBufferPointer { v in
            for j in 1..<p {
                for k in j..<p {
                    var s = 0.0
                    for i in 0..<n { s += (v[j * n + i] - mean[j]) * (v[k * n + i] - mean[k]) }
                    c[j, k] = s
                }
            }
        }
        c.symmetrize()
        // incremental Cholesky: a column whose residual after the kept ones is ~0 is dropped
        var kept: [Int] = []
        var l: [[Double]] = []
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
        guard !dropped.isEmpty else { return [] }
        // remove the dropped columns' blocks in place, last first
        let keep = Set([0] + kept)
        for j in stride(from: p - 1, through: 1, by: -1) where !keep.contains(j) {
            values.removeSubrange((j * n)..<((j + 1) * n))
            names.remove(at: j)
        }
        return dropped
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
        for j in 1..<max(1, p) {
            let col = column(j)
            if col.allSatisfy({ $0 == 0 || $0 == 1 }) {  // dummies: already well scaled, zeros skipped in sums
                scaling.append((0, 1))
                continue
            }
            let mean = col.reduce(0, +) / Double(max(1, n))
            var ss = 0.0
            for v in col { ss += (v - mean) * (v - mean) }
            let sd = n > 1 ? (ss / Double(n - 1)).squareRoot() : 0
            let scale = sd > 0 ? sd : 1
            scaling.append((mean, scale))
            for i in (j * n)..<((j + 1) * n) { values[i] = (values[i] - mean) / scale }
        }
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
