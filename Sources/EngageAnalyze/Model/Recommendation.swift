import Foundation

/// One finding turned into plain sentences with all its evidence (ANALYSIS.md §7).
public struct Recommendation: Sendable, Hashable {
    /// The direction of advice.
    public enum Direction: String, Sendable, Hashable, Codable {
        case doMore = "do-more"
        case doLess = "do-less"
        /// No advice: a caveat, "too few posts to tell", "no clear difference"…
        case none
    }

    /// The account the finding is about.
    public var account: String
    /// True for a competitor's feed: the text reads "in their feed, …".
    public var competitor: Bool
    public var group: String
    public var metric: Outcome
    public var scale: Scale
    public var verdict: FindingVerdict
    public var direction: Direction
    /// The headline ("Ask your followers questions more often.").
    public var headline: String
    /// The full text with every figure.
    public var text: String
    /// The gate checks (§7.1) with their outcome.
    public var checks: [GateCheck]
    /// The comparison on the scale the verdict rests on.
    public var evidence: Comparison
    /// The same group on raw counts, when shown beside it.
    public var rawEvidence: Comparison?
    /// Example posts of the group (PI closest to the group median).
    public var examples: [ExamplePost]
    /// Ranking key: |δ| after correction.
    public var rank: Double
}

/// One §7.1 check.
public struct GateCheck: Sendable, Hashable {
    /// `n`, `significance`, `effect`, `model`, `without-top-post`, `halves`.
    public var name: String
    /// nil when it could not be evaluated (e.g. no model term).
    public var passed: Bool?
    /// What was found ("δ −0.18 without the top post", "earlier half −0.22, later −0.18").
    public var detail: String
}

/// A post quoted as an example.
public struct ExamplePost: Sendable, Hashable {
    public var id: String
    public var url: String?
    public var date: Date?
    /// The first words of the text.
    public var text: String
    /// The outcome's count.
    public var count: Int?
    /// Its performance index.
    public var pi: Double?
}
