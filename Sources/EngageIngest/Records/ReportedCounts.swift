import EngageCore
import Foundation

/// The counts an API or scraper reports for a post, with the zero rules of FORMATS.md §3 and §12:
/// a repost's counts belong to the original (its zeros mean unknown), and a view count of 0 on a post
/// created before X started counting views (December 2022) is unknown.
enum ReportedCounts {
    /// Posts created before this date report `impression_count`/`viewCount` 0 meaning unknown.
    static let impressionsSince = DateParser.make(2022, 12, 1, 0, 0, 0, 0, 0)!

    /// The post's ``Metrics``.
    static func metrics(kind: PostKind, likes: Int?, reposts: Int?, replies: Int?, quotes: Int?, impressions: Int? = nil,
                        createdAt: Date?, asOf: Date?) -> Metrics {
        guard kind != .repost else { return Metrics(asOf: asOf) }
        var views: Int?
        if let i = impressions, i > 0 || (createdAt.map { $0 >= impressionsSince } ?? false) { views = i }
        return Metrics(likes: likes, reposts: reposts, replies: replies, quotes: quotes, impressions: views, asOf: asOf)
    }
}
