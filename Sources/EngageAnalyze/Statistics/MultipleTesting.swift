/// Multiple-testing adjustments (ANALYSIS.md §4.7; statsmodels `multipletests`). Adjusted values come
/// back in input order.
enum MultipleTesting {
    /// Benjamini–Hochberg: p_BH(i) = min over j ≥ i of min(1, m·p(j)/j).
    static func benjaminiHochberg(_ p: [Double]) -> [Double] {
        let m = p.count
        guard m > 0 else { return [] }
        let order = p.indices.sorted { p[$0] < p[$1] || (p[$0] == p[$1] && $0 < $1) }
        var out = [Double](repeating: 1, count: m)
        var running = 1.0
        for rank in stride(from: m, through: 1, by: -1) {
            let idx = order[rank - 1]
            running = min(running, min(1, Double(m) * p[idx] / Double(rank)))
            out[idx] = running
        }
        return out
    }

    /// Holm: p_Holm(i) = max over j ≤ i of min(1, (m − j + 1)·p(j)).
    static func holm(_ p: [Double]) -> [Double] {
        let m = p.count
        guard m > 0 else { return [] }
        let order = p.indices.sorted { p[$0] < p[$1] || (p[$0] == p[$1] && $0 < $1) }
        var out = [Double](repeating: 1, count: m)
        var running = 0.0
        for rank in 1...m {
            let idx = order[rank - 1]
            running = max(running, min(1, Double(m - rank + 1) * p[idx]))
            out[idx] = running
        }
        return out
    }
}
