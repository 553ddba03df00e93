import EngageAnalyze
import EngageCore

/// What the charts of a report need beyond the class mix and the analysis, gathered in bounded
/// memory: the feeds' own posts per month and class, each account's engagement distributions per
/// class (exact histograms), and the posts that earned the most genuine engagement.
public struct ReportDigest: Sendable, Hashable {
    /// Own posts (reposts, deleted and unpublished items excluded, as in the class mix) per month and class.
    public var timeline: ClassTimeline
    /// Per analysed account (the user's first), engagement per post class.
    public var engagement: [ClassEngagement]
    /// The best posts of every analysed account, by genuine engagement.
    public var best: BestPosts

    public init(timeline: ClassTimeline = ClassTimeline(classes: PostClass.allCases.map(\.rawValue)),
                engagement: [ClassEngagement] = [], best: BestPosts = BestPosts()) {
        self.timeline = timeline
        self.engagement = engagement
        self.best = best
    }

    /// Walks the analysis table once (the analysed posts, `role == unit`) to fill ``engagement`` and
    /// ``best``; memory grows with the number of distinct counts, not with the posts.
    public mutating func gather(from report: AnalysisReport, bestPosts: Int = 10) {
        var byAccount: [String: ClassEngagement] = [:]
        for a in report.accounts {
            let measure = a.outcomes.first { $0.outcome == .replies }?.measure.rawValue ?? ReplyMeasure.notAvailable.rawValue
            byAccount[a.account] = ClassEngagement(account: a.account, replyMeasure: measure)
        }
        var best = BestPosts(capacity: bestPosts)
        let table = report.posts
        for i in 0..<table.feedCount {
            let e = table.feedEntry(i)
            let f = e.fields
            guard f.role == "unit", let account = f.account else { continue }
            byAccount[account, default: ClassEngagement(account: account, replyMeasure: f.replyMeasure ?? "")].add(f)
            best.offer(BestPosts.Entry(id: e.id, account: account, createdAt: e.createdAt, url: e.url, text: e.text,
                                       postClass: f.postClass, contentKind: f.contentKind, replies: f.replies,
                                       replyMeasure: f.replyMeasure, reposts: f.reposts, likes: f.likes))
        }
        let order = report.accounts.map(\.account)
        engagement = order.compactMap { byAccount[$0] } + byAccount.keys.filter { !order.contains($0) }.sorted().compactMap { byAccount[$0] }
        self.best = best
    }
}
