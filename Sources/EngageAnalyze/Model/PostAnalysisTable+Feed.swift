import EngageCore
import Foundation

extension PostAnalysisTable {
    /// One feed post of the analysis input with what a report shows of it: its id, date, link, the
    /// short excerpt the analysis keeps, and its analysis fields.
    public struct FeedEntry: Sendable {
        public var id: String
        public var platform: Platform
        public var createdAt: Date?
        public var url: String?
        /// The excerpt kept for examples (the first 80 characters, one line).
        public var text: String
        public var fields: PostAnalysis
    }

    /// Feed posts in the input (``Post/isFeedPost``), in the order they were added.
    public var feedCount: Int { input.feed.count }

    /// The `i`-th feed post added to the input (`0 ..< feedCount`), with its fields. Reports walk
    /// the table with it to gather their figures in bounded memory (nothing is copied per post).
    public func feedEntry(_ i: Int) -> FeedEntry {
        let r = input.feed[i]
        return FeedEntry(id: r.id, platform: r.platform, createdAt: r.createdDate, url: input.url(r), text: input.snippet(r),
                         fields: feedFields(i))
    }
}
