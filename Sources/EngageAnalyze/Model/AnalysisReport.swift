import Foundation

/// The result of ``Analyzer/analyze(_:)``: the `analysis` section of an audit.
public struct AnalysisReport: Sendable {
    /// The settings every figure depends on.
    public var settings: Settings
    /// One entry per analysed account (the user's first).
    public var accounts: [AccountAnalysis]
    /// Every group-versus-rest comparison of every account, outcome and scale.
    public var comparisons: [Comparison]
    /// Tests between accounts on the performance index (side by side).
    public var betweenAccounts: [Comparison]
    /// Findings, ranked: recommendations first by |δ|, then the rest.
    public var recommendations: [Recommendation]
    /// Competitor side by side (§2.5), when there are two or more accounts.
    public var sideBySide: [SideBySideRow]
    /// The number of p-values in the report's Benjamini–Hochberg family.
    public var testsInFamily: Int
    /// Footer lines (filter leakage, reactions outside reply/repost, detectable δ).
    public var notes: [String]
    /// Per-post fields for `engage export`.
    public var posts: PostAnalysisTable

    /// The settings of a run.
    public struct Settings: Sendable, Hashable {
        public var seed: UInt64
        public var bootstrapResamples: Int
        public var permutationResamples: Int
        public var fdr: Double
        public var timeZone: String
        public var trend: String
    }
}

/// One row of the side-by-side table: an account's distribution on one outcome (overall or per
/// content type) on the performance index and per-follower rate.
public struct SideBySideRow: Sendable, Hashable {
    public var account: String
    public var metric: Outcome
    /// `all` or a content type (`class:…`, `kind:…`).
    public var group: String
    public var n: Int
    public var pi: Descriptives?
    public var perFollower: Descriptives?
    /// Share of posts with at least one reply (genuine where filtered).
    public var shareAtLeastOne: Double?
}
