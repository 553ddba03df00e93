/// One group against the rest of an account's eligible posts, on one outcome and scale
/// (ANALYSIS.md §3–4).
public struct Comparison: Sendable, Hashable {
    /// The account analysed (its label, `@handle`).
    public var account: String
    /// The outcome (`replies`, `reposts`, `likes`).
    public var metric: Outcome
    /// The scale.
    public var scale: Scale
    /// The group (`link`, `question`, `length:long`, `class:follower-begging`, `kind:how-to`,
    /// `hours:18-23`, `weekday:Sat`…).
    public var group: String
    /// Posts in the group.
    public var n: Int
    /// Posts in the rest.
    public var nRest: Int
    /// Descriptives of the group and of the rest.
    public var stats: Descriptives
    public var statsRest: Descriptives
    /// Mann–Whitney U₁ (nil when not tested: fewer than 10 posts on a side).
    public var u: Double?
    /// Two-sided p (nil when not tested).
    public var p: Double?
    /// BH-adjusted p over every p-value of the report.
    public var pAdjusted: Double?
    /// Cliff's δ (computed whenever both groups have posts).
    public var cliffsDelta: Double?
    /// 95 % bootstrap percentile CI of δ.
    public var ci: ConfidenceInterval?
    /// The median ratio (med₁ + 1)/(med₀ + 1) and its bootstrap CI (raw scale only).
    public var medianRatio: Double?
    public var medianRatioCI: ConfidenceInterval?
    /// The per-claim bootstrap seed.
    public var seed: UInt64?
    /// How the bootstrap ran: `exact` or `binned (n cells)` (see ANALYSIS.md §4.3 and `Bootstrap`).
    public var bootstrap: String?
    /// The smallest |δ| detectable at 80 % power for these group sizes.
    public var detectableDelta: Double?
    /// The NB2 (or fallback) term for the group, when the model has one.
    public var model: ModelEvidence?

    /// The magnitude label of δ.
    public var label: String? { cliffsDelta.map { CliffsDelta.label($0).rawValue } }
    /// True when the test was run (both groups ≥ 10).
    public var tested: Bool { p != nil }
}

/// A two-sided interval.
public struct ConfidenceInterval: Sendable, Hashable {
    public var lower: Double
    public var upper: Double
    public init(_ lower: Double, _ upper: Double) {
        self.lower = lower
        self.upper = upper
    }
    /// True when 0 lies outside the interval.
    public var excludesZero: Bool { lower > 0 || upper < 0 }
}

/// A model term quoted as evidence: IRR (or odds ratio / approximate multiplier) with its CI.
public struct ModelEvidence: Sendable, Hashable {
    /// The term's name in the model.
    public var term: String
    /// exp(β).
    public var ratio: Double
    public var lower: Double
    public var upper: Double
    public var p: Double
    /// `nb2`, `glm-nb-moments`, `ols-log1p`.
    public var method: String
    /// A fallback estimate: "model unstable".
    public var unstable: Bool
    /// What the ratio compares against when not "the rest" (the reference content type).
    public var reference: String?
}
