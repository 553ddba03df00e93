/// The §7.2 verdict on one finding.
public enum FindingVerdict: String, Sendable, Hashable, Codable {
    /// Every gate passed: "do more of …" / "do less of …".
    case recommendation
    /// Significant and consistent but δ negligible.
    case realButSmall = "real-but-too-small"
    /// δ at least small but significance, consistency or the CI fails: worth a test.
    case possiblePattern = "possible-pattern"
    /// Negligible and not significant.
    case noClearDifference = "no-clear-difference"
    /// Fewer than 30 posts in the group or the rest (10–29: tested but never a finding).
    case tooFewPosts = "too-few-posts"
    /// Fewer than 10 on a side: not tested.
    case notTested = "not-tested"
}
