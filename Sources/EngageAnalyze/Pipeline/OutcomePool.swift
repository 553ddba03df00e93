/// One account's units with a known value on one outcome and scale, ranked once: every comparison
/// of that outcome and scale is a partition of this pool.
struct OutcomePool: Sendable {
    /// Unit of each pool element.
    let unit: [Int32]
    /// Pool element of each unit, −1 when its value is unknown.
    let element: [Int32]
    let ranked: RankedSample

    init?(_ values: [Double?]) {
        var unit: [Int32] = [], v: [Double] = []
        var element = [Int32](repeating: -1, count: values.count)
        for (u, x) in values.enumerated() {
            guard let x, x.isFinite else { continue }
            element[u] = Int32(unit.count)
            unit.append(Int32(u))
            v.append(x)
        }
        guard !v.isEmpty else { return nil }
        self.unit = unit
        self.element = element
        ranked = RankedSample(v)
    }

    var count: Int { unit.count }

    /// 1 for members, 0 for the rest, per pool element.
    func labels(_ member: [Bool]) -> [Int8] { unit.map { member[Int($0)] ? 1 : 0 } }
}
