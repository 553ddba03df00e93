import Foundation

/// Settings of an analysis run. The defaults are ANALYSIS.md's.
public struct AnalysisOptions: Sendable, Hashable {
    /// How the model's time trend is written (§5.1).
    public enum Trend: String, Sendable, Hashable, CaseIterable {
        /// Days since the first eligible post, standardised (the §9 configuration).
        case linear
        /// One dummy per calendar quarter (quarters under 10 posts merged forward).
        case quarterly
    }

    /// Base seed of every bootstrap and permutation (printed; per claim XORed with FNV-1a-64).
    public var seed: UInt64 = 20_240_601
    /// Bootstrap resamples B (never below 1,000).
    public var bootstrapResamples = 2000
    /// Permutations for best hour/day (at least 5,000).
    public var permutationResamples = 10_000
    /// The time zone hours and weekdays are read in (the author's; printed).
    public var timeZone = TimeZone(identifier: "UTC")!
    /// The model's time trend.
    public var trend: Trend = .linear
    /// When the counts were read, when the sources do not say (§1.2 "or ask").
    public var snapshotTime: Date?
    /// The user's own account (handle without `@`, or id). Default: the owner of the first source.
    public var userAccount: String?
    /// Example posts per recommendation.
    public var examples = 3
    /// Fewer than this many posts in a group or the rest: no test.
    public var minimumTested = 10
    /// Fewer than this many: never a finding.
    public var minimumFinding = 30

    public init() {}

    /// The time zone's printed name (`UTC` rather than Foundation's `GMT`).
    var timeZoneName: String {
        let id = timeZone.identifier
        return id == "GMT" || id == "GMT+0000" ? "UTC" : id
    }

    /// Options with B clamped to ANALYSIS.md's floors.
    var effective: AnalysisOptions {
        var o = self
        o.bootstrapResamples = max(1000, bootstrapResamples)
        o.permutationResamples = max(5000, permutationResamples)
        return o
    }
}
