import Foundation

/// Everything the analysis found for one account: data hygiene, what each outcome is measured
/// with, the genuine-engagement filter's account, descriptives, models and omnibus tests.
public struct AccountAnalysis: Sendable, Hashable {
    /// `@handle` (or name/id): the label every claim of this account uses.
    public var account: String
    public var platform: String?
    /// True for the user's own feed; false for a competitor's.
    public var isUser: Bool
    public var hygiene: Hygiene
    public var outcomes: [OutcomeAvailability]
    /// The genuine-engagement filter on replies (nil when replies are not filtered).
    public var filter: FilterReport?
    /// Descriptives of every outcome and scale over the account's units.
    public var descriptives: [OutcomeDescriptives]
    /// Replies to other accounts: analysed apart, never pooled (descriptives only).
    public var repliesToOthers: [OutcomeDescriptives]
    /// Second-stage models, one per outcome.
    public var models: [ModelReport]
    /// Kruskal–Wallis across content types, weekdays and hour bins.
    public var omnibus: [OmnibusTest]
    /// The best-hour/day permutation tests.
    public var bestTimes: [BestTime]
    /// The follower timeline's label ("estimated from 3 snapshots"), when per-follower rates exist.
    public var followers: String?
    /// Warnings about the input (selection on the outcome, deleted posts missing…).
    public var warnings: [String]
}

/// §1 step counts: how many records each step removed.
public struct Hygiene: Sendable, Hashable {
    /// The account's own records (posts, replies, threads, reposts, quotes).
    public var feedPosts = 0
    /// Deleted, drafts, non-posts, direct messages and likely responses (never analysed).
    public var notPublic = 0
    /// Without a readable date.
    public var withoutDate = 0
    /// Reposts dropped.
    public var reposts = 0
    /// Replies to other accounts (analysed apart).
    public var repliesToOthers = 0
    /// Self-thread continuations merged into their head.
    public var threadContinuations = 0
    /// Quote posts (kept as originals, flagged).
    public var quotes = 0
    /// Younger than the age cutoff at the snapshot time.
    public var tooYoung = 0
    /// Units analysed.
    public var units = 0
    /// The snapshot time the cutoff was measured from.
    public var snapshot: Date?
    /// True when the snapshot time is the newest post's time (no source said when counts were read).
    public var snapshotApproximate = false
    /// The cutoff in hours (48 for microblogs, 336 for blogs).
    public var cutoffHours = 48
    /// First and last unit.
    public var first: Date?
    public var last: Date?
}

/// What one outcome is measured with, and how many posts carry it.
public struct OutcomeAvailability: Sendable, Hashable {
    public var outcome: Outcome
    /// For replies: genuine, unfiltered or not available; for the others: unfiltered or not available.
    public var measure: ReplyMeasure
    /// The source files that carry the outcome.
    public var sources: [String]
    /// Units with a known value.
    public var known: Int
    /// Units without (they leave this outcome's analysis only).
    public var missing: Int
    /// Units with a performance index (≥ 10 earlier posts with a value).
    public var withPI: Int
    /// Units without a PI because fewer than 10 earlier posts had a value.
    public var withoutPI: Int
    /// Units with a per-follower rate.
    public var withRate: Int
}

/// The genuine-engagement filter's account (§1.4 reporting duty).
public struct FilterReport: Sendable, Hashable {
    /// Reply records attached to the account's units.
    public var rawReplies: Int
    /// Records removed (all reasons).
    public var removed: Int
    /// Removed records by reason (`author`, `flagged`, `spam`, `generic-praise`, `self-promotion`,
    /// `follow-back`, `pingback`, `unapproved`, `repeat` = the same account again).
    public var byReason: [(String, Int)]
    /// Units whose genuine count is lower than their reply records.
    public var postsChanged: Int
    /// Replies that reached no unit of the account (their post is not in the input).
    public var unattached: Int
    /// Replies without a classifier verdict (only the structural filters applied to them).
    public var unclassified: Int

    public var share: Double { rawReplies > 0 ? Double(removed) / Double(rawReplies) : 0 }

    public static func == (a: Self, b: Self) -> Bool {
        a.rawReplies == b.rawReplies && a.removed == b.removed && a.postsChanged == b.postsChanged
            && a.byReason.map(\.0) == b.byReason.map(\.0) && a.byReason.map(\.1) == b.byReason.map(\.1)
    }
    public func hash(into h: inout Hasher) {
        h.combine(rawReplies)
        h.combine(removed)
    }
}

/// Descriptives of one outcome on one scale.
public struct OutcomeDescriptives: Sendable, Hashable {
    public var outcome: Outcome
    public var scale: Scale
    public var stats: Descriptives
}

/// A fitted model for one outcome.
public struct ModelReport: Sendable, Hashable {
    public var outcome: Outcome
    /// `none` or `ln followers`.
    public var offset: String
    /// `linear` or `quarterly`.
    public var trend: String
    /// Covariates dropped (fewer than 10 posts on a side, or constant).
    public var dropped: [String]
    /// The reference content type of the `type=` dummies.
    public var reference: String?
    public var fit: CountRegression.Report
}

/// A Kruskal–Wallis test across the levels of one factor, with Dunn pairs when it is significant.
public struct OmnibusTest: Sendable, Hashable {
    public var account: String
    public var metric: Outcome
    public var scale: Scale
    /// `content-type`, `weekday`, `hours`.
    public var factor: String
    /// Groups tested, with their sizes.
    public var groups: [String]
    public var sizes: [Int]
    /// Groups under 10 posts merged into "other" or left out.
    public var mergedOrLeftOut: [String]
    public var h: Double
    public var df: Int
    public var p: Double
    public var pAdjusted: Double?
    public var epsilonSquared: Double
    /// Dunn pairs (only after a significant test with ε² ≥ 0.01).
    public var pairs: [DunnPair]
}

/// One Dunn pair with Holm-adjusted p and δ.
public struct DunnPair: Sendable, Hashable {
    public var first: String
    public var second: String
    public var z: Double
    public var p: Double
    public var pHolm: Double
    public var cliffsDelta: Double
}

/// A best-slot permutation test (§4.6).
public struct BestTime: Sendable, Hashable {
    public var account: String
    public var metric: Outcome
    /// `weekday` or `hours` (four 6-hour bins).
    public var factor: String
    /// The time zone the slots are in.
    public var timeZone: String
    public var slots: [String]
    public var sizes: [Int]
    public var medians: [Double?]
    public var observed: Double
    public var p: Double
    public var pAdjusted: Double?
    public var epsilonSquared: Double?
    public var resamples: Int
    /// The named best slot, or nil with the caption "no reliable best time".
    public var best: String?
    public var caption: String
}
