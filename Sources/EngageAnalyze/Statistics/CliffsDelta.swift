/// Cliff's δ and its verbal label (ANALYSIS.md §4.2; thresholds of Romano et al. 2006).
enum CliffsDelta {
    /// The magnitude label of a δ.
    enum Label: String, Sendable, Hashable, Codable {
        case negligible, small, medium, large
    }

    /// |δ| < 0.147 negligible, < 0.33 small, < 0.474 medium, else large.
    static func label(_ delta: Double) -> Label {
        let a = abs(delta)
        if a < 0.147 { return .negligible }
        if a < 0.33 { return .small }
        if a < 0.474 { return .medium }
        return .large
    }

    /// The smallest |δ| that is not negligible.
    static let smallThreshold = 0.147

    /// δ = 2·U₁/(n₁n₀) − 1.
    static func fromU(_ u1: Double, n1: Int, n0: Int) -> Double { 2 * u1 / (Double(n1) * Double(n0)) - 1 }
}
