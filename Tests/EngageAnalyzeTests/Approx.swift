/// Relative closeness for golden vectors (ANALYSIS.md §8: 1e-9 relative).
func close(_ a: Double?, _ b: Double, rel: Double = 1e-9) -> Bool {
    guard let a else { return false }
    if a == b { return true }
    return abs(a - b) <= rel * max(abs(a), abs(b))
}

/// Absolute closeness for figures given with a stated tolerance.
func near(_ a: Double?, _ b: Double, _ tol: Double) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tol
}
