/// An engagement outcome, analysed one at a time (ANALYSIS.md conventions): genuine replies are
/// primary, reposts secondary, likes a separate secondary outcome.
public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// Replies/comments by others: genuine (filtered, distinct accounts) where reply records exist,
    /// else the platform's unfiltered count.
    case replies
    /// Reposts/retweets/boosts (unfiltered counts unless reposter accounts are known).
    case reposts
    /// Likes/favourites (never genuine: cheap and bot-prone).
    case likes
}

/// The scale a figure is on (ANALYSIS.md §2.4); every table and sentence names it.
public enum Scale: String, Sendable, Hashable, Codable, CaseIterable {
    /// The count itself.
    case raw
    /// ln((y + 1)/(m + 1)) against the account's previous 30 posts.
    case performanceIndex = "pi"
    /// y / followers at posting time.
    case perFollower = "per-follower"
    /// y / impressions, where the source counts impressions (X analytics export).
    case perImpression = "per-impression"

    /// The label reports print: "raw count", "performance index", "per follower (estimated)".
    public var label: String {
        switch self {
        case .raw: return "raw count"
        case .performanceIndex: return "performance index"
        case .perFollower: return "per follower (estimated)"
        case .perImpression: return "per impression"
        }
    }
}

/// How the reply outcome of an account was measured.
public enum ReplyMeasure: String, Sendable, Hashable, Codable {
    /// Distinct accounts among the reply records after the genuine-engagement filter.
    case genuine
    /// The platform's reply count: nothing could be filtered.
    case unfiltered
    /// No source carries replies.
    case notAvailable = "not-available"
}
