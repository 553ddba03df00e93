import EngageCore
import Foundation

/// What `engage export` carries per post so anyone can recompute a comparison: the post's role in
/// the analysis, its class, features and genuine counts.
public struct PostAnalysis: Sendable, Hashable {
    /// The post's role (§1): `unit`, `thread-continuation`, `repost`, `reply-to-other`, `too-young`,
    /// `not-public`, `no-date`; for replies by others `reply`.
    public var role: String
    /// The account label of the feed the post belongs to (or the reply counted for).
    public var account: String?
    /// For thread continuations: the head's id.
    public var threadHead: String?
    /// Posts in the self-thread (units).
    public var threadLength: Int?
    /// The post class and valuable content kind.
    public var postClass: String?
    public var contentKind: String?
    /// Feature names (`link`, `question`…).
    public var features: [String] = []
    /// Length in Unicode scalars after deleting `http(s)://` prefixes, and its band.
    public var length: Int?
    public var lengthBand: String?
    /// Posting hour and weekday in the analysis time zone.
    public var hour: Int?
    public var weekday: String?
    /// The reply outcome (genuine or unfiltered, as `replyMeasure` says), reposts and likes; nil = unknown.
    public var replies: Int?
    public var replyMeasure: String?
    public var reposts: Int?
    public var likes: Int?
    /// Reply records attached to the unit, and those the filter removed by reason.
    public var replyRecords: Int?
    public var removedByReason: [String: Int] = [:]
    /// True when the post asks for reposts, so its reposts were solicited.
    public var repostsSolicited = false
    /// Performance index per outcome.
    public var pi: [String: Double] = [:]
    /// Estimated followers at posting time.
    public var followers: Double?
    /// For replies by others: the filter's decision (`genuine` or the reason) and the unit it counted for.
    public var replyVerdict: String?
    public var repliesTo: String?
}

/// Per-post analysis fields, built on demand from the compact records (nothing per post is
/// duplicated), looked up by platform and id.
public struct PostAnalysisTable: Sendable {
    private var index: [PostKey: Int32] = [:]
    let input: AnalysisInput
    private let accounts: [AccountData]
    private let roles: [UInt8]
    private let recordAccount: [Int32]
    private let recordUnit: [Int32]
    private let replies: ReplyAttachment

    init(input: AnalysisInput, accounts: [AccountData], roles: [UInt8], replies: ReplyAttachment, timeZone: TimeZone) {
        self.input = input
        self.accounts = accounts
        self.roles = roles
        self.replies = replies
        var ra = [Int32](repeating: -1, count: input.feed.count), ru = [Int32](repeating: -1, count: input.feed.count)
        for (a, acc) in accounts.enumerated() {
            for r in acc.units.repliesToOthers { ra[Int(r)] = Int32(a) }
            for (r, u) in acc.units.unitOfRecord {
                ra[Int(r)] = Int32(a)
                ru[Int(r)] = u
            }
        }
        recordAccount = ra
        recordUnit = ru
        var index: [PostKey: Int32] = [:]
        index.reserveCapacity(input.feed.count + input.replies.count)
        for (i, r) in input.feed.enumerated() { index[PostKey(platform: r.platform, id: r.id)] = Int32(i) }
        for (i, r) in input.replies.enumerated() { index[PostKey(platform: r.platform, id: r.id)] = -Int32(i) - 1 }
        self.index = index
    }

    /// Number of posts the table knows.
    public var count: Int { index.count }

    /// The fields of one post, when it was part of the input. When several posts of the input
    /// share a key (one file listing two items under one id), this is the last of them; a caller
    /// that walks the input in order uses ``fields(of:feedIndex:replyIndex:)`` instead.
    public func fields(_ key: PostKey) -> PostAnalysis? {
        guard let i = index[key] else { return nil }
        return i < 0 ? replyFields(Int(-i - 1)) : feedFields(Int(i))
    }

    /// The fields of `post`, the `feedIndex`-th feed post (``Post/isFeedPost``) or the
    /// `replyIndex`-th reply added to the input: each post gets its own record's fields even when
    /// several share a key. Falls back to the key when the post at that position has another id
    /// (the caller's walk is not the input's order).
    public func fields(of post: Post, feedIndex: Int, replyIndex: Int) -> PostAnalysis? {
        if post.isFeedPost {
            if feedIndex < input.feed.count, input.feed[feedIndex].id == post.id, input.feed[feedIndex].platform == post.platform {
                return feedFields(feedIndex)
            }
        } else if replyIndex < input.replies.count, input.replies[replyIndex].id == post.id,
                  input.replies[replyIndex].platform == post.platform {
            return replyFields(replyIndex)
        }
        return fields(post.key)
    }

    func feedFields(_ r: Int) -> PostAnalysis {
        let rec = input.feed[r]
        var p = PostAnalysis(role: AccountUnits.Role(rawValue: roles[r])?.name ?? "unassigned")
        p.postClass = rec.klass?.rawValue
        p.contentKind = rec.kindOfContent?.rawValue
        p.features = rec.features.names
        p.length = Int(rec.length)
        p.repostsSolicited = rec.klass.map { StatisticsRun.solicitingReposts.contains("class:" + $0.rawValue) } ?? false
        p.reposts = rec.reposts >= 0 ? Int(rec.reposts) : nil
        p.likes = rec.likes >= 0 ? Int(rec.likes) : nil
        p.replies = rec.repliesCount >= 0 ? Int(rec.repliesCount) : nil
        let a = Int(recordAccount[r])
        guard a >= 0 else { return p }
        let acc = accounts[a]
        p.account = acc.label
        p.lengthBand = AccountData.lengthBands[Int(AccountData.band(rec.length, blog: acc.units.isBlog))]
        let u = Int(recordUnit[r])
        guard u >= 0 else { return p }
        let head = Int(acc.units.units[u])
        if head != r {
            p.threadHead = input.feed[head].id
            return p
        }
        p.threadLength = Int(acc.units.threadLength[u])
        p.features = acc.features[u].names
        p.hour = Int(acc.hour[u])
        p.weekday = AccountData.weekdays[Int(acc.weekday[u])]
        p.replyMeasure = (acc.measure[.replies] ?? .notAvailable).rawValue
        p.replies = acc.values[.replies]?[u].map { Int($0) }
        p.reposts = acc.values[.reposts]?[u].map { Int($0) }
        p.likes = acc.values[.likes]?[u].map { Int($0) }
        if !acc.replyRecords.isEmpty { p.replyRecords = Int(acc.replyRecords[u]) }
        for (reason, n) in acc.removed[Int32(u)] ?? [:] { p.removedByReason[reason.name] = Int(n) }
        for o in Outcome.allCases { if let v = acc.pi[o]?[u] { p.pi[o.rawValue] = v } }
        if !acc.followers.isEmpty { p.followers = acc.followers[u] }
        return p
    }

    private func replyFields(_ i: Int) -> PostAnalysis {
        var p = PostAnalysis(role: "reply")
        p.replyVerdict = replies.reason[i].name
        let a = Int(replies.account[i]), u = Int(replies.unit[i])
        if a >= 0 && u >= 0 {
            p.account = accounts[a].label
            p.repliesTo = input.feed[Int(accounts[a].units.units[u])].id
        } else {
            p.replyVerdict = "unattached"
        }
        return p
    }
}
