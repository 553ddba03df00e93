/// A small dense symmetric matrix (p × p, row-major) with the Cholesky operations the regressions
/// need. p is the number of model terms (tens at most).
struct SquareMatrix: Sendable, Hashable {
    let p: Int
    var a: [Double]

    init(_ p: Int) {
        self.p = p
        a = [Double](repeating: 0, count: p * p)
    }

    subscript(i: Int, j: Int) -> Double {
        get { a[i * p + j] }
        set { a[i * p + j] = newValue }
    }

    /// Copies the upper triangle into the lower one.
    mutating func symmetrize() {
        for i in 0..<p { for j in 0..<i { a[i * p + j] = a[j * p + i] } }
    }

    /// The lower Cholesky factor, or nil when the matrix is not (numerically) positive definite.
    func cholesky() -> SquareMatrix? {
        var l = SquareMatrix(p)
        var maxDiag = 0.0
        for i in 0..<p { maxDiag = max(maxDiag, abs(a[i * p + i])) }
        for j in 0..<p {
            var d = a[j * p + j]
            for k in 0..<j { d -= l[j, k] * l[j, k] }
            guard d > maxDiag * 1e-13, d.isFinite else { return nil }
            let s = d.squareRoot()
            l[j, j] = s
            for i in (j + 1)..<max(j + 1, p) {
                var v = a[i * p + j]
                for k in 0..<j { v -= l[i, k] * l[j, k] }
                l[i, j] = v / s
            }
        }
        return l
    }

    /// Solves A·x = b with A's Cholesky factor `self` (lower).
    func choleskySolve(_ b: [Double]) -> [Double] {
        var y = b
        for i in 0..<p {
            var v = y[i]
            for k in 0..<i { v -= self[i, k] * y[k] }
            y[i] = v / self[i, i]
        }
        for i in stride(from: p - 1, through: 0, by: -1) {
            var v = y[i]
            for k in (i + 1)..<max(i + 1, p) { v -= self[k, i] * y[k] }
            y[i] = v / self[i, i]
        }
        return y
    }

    /// The inverse of a positive definite matrix, or nil.
    func inverse() -> SquareMatrix? {
        guard let l = cholesky() else { return nil }
        var inv = SquareMatrix(p)
        for j in 0..<p {
            var e = [Double](repeating: 0, count: p)
            e[j] = 1
            let col = l.choleskySolve(e)
            for i in 0..<p { inv[i, j] = col[i] }
        }
        return inv
    }

    /// A·B·A for symmetric A (self) and B: the sandwich of robust covariances.
    func sandwich(_ meat: SquareMatrix) -> SquareMatrix {
        var t = SquareMatrix(p), out = SquareMatrix(p)
        for i in 0..<p { for j in 0..<p {
            var s = 0.0
            for k in 0..<p { s += self[i, k] * meat[k, j] }
            t[i, j] = s
        } }
        for i in 0..<p { for j in 0..<p {
            var s = 0.0
            for k in 0..<p { s += t[i, k] * self[k, j] }
            out[i, j] = s
        } }
        return out
    }
}
