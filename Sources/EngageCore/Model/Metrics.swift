import Foundation

/// Engagement counts of a post as a source reported them.
///
/// Every count is optional: `nil` means the source does not carry it (or wrote a zero that means
/// "unknown", such as the counts of an archived retweet). `nil` is never shown or used as 0.
public struct Metrics: Sendable, Hashable, Codable {
    /// Likes / favourites.
    public var likes: Int?
    /// Reposts / retweets / boosts.
    public var reposts: Int?
    /// Replies as counted by the platform (not the genuine-reply count, which engage computes).
    public var replies: Int?
    /// Quote posts.
    public var quotes: Int?
    /// Impressions / views.
    public var impressions: Int?
    /// When the counts were read (archive generation date, API retrieval time, file date).
    public var asOf: Date?

    /// Creates a set of counts; everything defaults to unknown.
    public init(likes: Int? = nil, reposts: Int? = nil, replies: Int? = nil, quotes: Int? = nil,
                impressions: Int? = nil, asOf: Date? = nil) {
        self.likes = likes
        self.reposts = reposts
        self.replies = replies
        self.quotes = quotes
        self.impressions = impressions
        self.asOf = asOf
    }

    /// True when no count is known.
    public var isEmpty: Bool {
        likes == nil && reposts == nil && replies == nil && quotes == nil && impressions == nil
    }

    /// Keeps the newer of two readings of the same post's counts, metric by metric: a known count
    /// from the newer reading wins; a count only the older reading knows is kept.
    public func merged(with other: Metrics) -> Metrics {
        let selfNewer: Bool
        switch (asOf, other.asOf) {
        case let (a?, b?): selfNewer = a >= b
        case (nil, _?): selfNewer = false
        default: selfNewer = true
        }
        let (newer, older) = selfNewer ? (self, other) : (other, self)
        return Metrics(likes: newer.likes ?? older.likes,
                       reposts: newer.reposts ?? older.reposts,
                       replies: newer.replies ?? older.replies,
                       quotes: newer.quotes ?? older.quotes,
                       impressions: newer.impressions ?? older.impressions,
                       asOf: newer.asOf ?? older.asOf)
    }
}
