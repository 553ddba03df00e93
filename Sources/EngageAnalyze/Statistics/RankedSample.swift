/// One pooled sample sorted once: average ranks for ties, the tie term Σ(t³ − t), and the distinct
/// values ("levels") with each element's level. Every group-versus-rest comparison of the same
/// outcome and scale is a partition of the same pool, so ranks are computed once and each test is a
/// linear pass (ANALYSIS.md §4.1–4.4).
struct RankedSample: Sendable {
    /// The values in input order.
    let values: [Double]
    /// Element indices in ascending order of value (ties by index).
    let order: [Int32]
    /// The average (mid) rank of each element, 1-based, in input order.
    let ranks: [Double]
    /// Σ(t³ − t) over tie groups.
    let tieTerm: Double
    /// The distinct values, ascending.
    let levels: [Double]
    /// Each element's index into `levels`, in input order.
    let level: [Int32]

    var count: Int { values.count }

    init(_ values: [Double]) {
        self.values = values
        let n = values.count
        var pairs = [(Double, Int32)]()
        pairs.reserveCapacity(n)
        for (i, v) in values.enumerated() { pairs.append((v, Int32(i))) }
        pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        var order = [Int32](repeating: 0, count: n)
        var ranks = [Double](repeating: 0, count: n)
        var level = [Int32](repeating: 0, count: n)
        var levels: [Double] = []
        var tie = 0.0
        var i = 0
        while i < n {
            var j = i + 1
            while j < n && pairs[j].0 == pairs[i].0 { j += 1 }
            let t = Double(j - i)
            let mid = Double(i + j + 1) / 2  // mean of ranks i+1 … j
            if j - i > 1 { tie += t * t * t - t }
            let lv = Int32(levels.count)
            levels.append(pairs[i].0)
            for k in i..<j {
                let e = Int(pairs[k].1)
                order[k] = pairs[k].1
                ranks[e] = mid
                level[e] = lv
            }
            i = j
        }
        self.order = order
        self.ranks = ranks
        self.tieTerm = tie
        self.levels = levels
        self.level = level
    }

    /// The values of the elements `member` selects, ascending (a linear pass over the sorted order).
    func sortedValues(where member: (Int) -> Bool) -> [Double] {
        var out: [Double] = []
        for e in order where member(Int(e)) { out.append(values[Int(e)]) }
        return out
    }
}
