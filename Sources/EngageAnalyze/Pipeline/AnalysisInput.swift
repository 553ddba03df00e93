import EngageCore
import Foundation

/// What the analysis reads: every feed post with its verdict, every reply or comment with its
/// verdict and its author's verdict, the accounts and the sources. Records are kept compactly (about
/// 150 bytes, the id, and the link and a short snippet in one shared byte arena per post: ~530 MB for
/// a 1M-post archive, ~930 MB peak through the models); add them one at a time while ingesting.
///
/// ```swift
/// var input = AnalysisInput(sources: summary.sources)
/// for (post, verdict) in classified { input.add(post, verdict: verdict) }
/// for (reply, verdict, authorVerdict) in replies { input.add(reply, verdict: verdict, authorVerdict: authorVerdict) }
/// for account in accounts { input.add(account: account) }
/// let report = Analyzer(options: .init()).analyze(input)
/// ```
public struct AnalysisInput: Sendable {
    var feed: [FeedRecord] = []
    var replies: [ReplyRecord] = []
    var sources: [SourceInfo] = []
    var accounts: [Account] = []
    var strings = StringTable()
    /// The feed posts' snippets and links.
    var texts = TextArena()

    /// Characters of text kept per post for examples.
    static let snippetLength = 80

    /// Creates an empty input for `sources`.
    public init(sources: [SourceInfo] = []) {
        self.sources = sources
        for s in sources where s.owner != nil { accounts.append(s.owner!) }
    }

    /// Adds a source description (its owner becomes a known account).
    public mutating func add(source: SourceInfo) {
        sources.append(source)
        if let o = source.owner { accounts.append(o) }
    }

    /// Adds an account reading (profile counts, follower snapshots, id–handle links).
    public mutating func add(account: Account) { accounts.append(account) }

    /// Adds a post. Feed posts (``Post/isFeedPost``) take the post verdict; replies and comments by
    /// others take the reply verdict and their author's account verdict.
    public mutating func add(_ post: Post, verdict: Verdict? = nil, authorVerdict: Verdict? = nil) {
        if post.isFeedPost {
            feed.append(FeedRecord(post, verdict: verdict, strings: &strings, texts: &texts))
        } else {
            replies.append(ReplyRecord(post, verdict: verdict, authorVerdict: authorVerdict, strings: &strings))
        }
    }

    /// Feed posts added so far.
    public var feedCount: Int { feed.count }
    /// Replies and comments added so far.
    public var replyCount: Int { replies.count }

    /// A feed post's link, when it has one.
    func url(_ rec: FeedRecord) -> String? { texts[rec.url] }
    /// A feed post's snippet (``snippetLength`` characters at most).
    func snippet(_ rec: FeedRecord) -> String { texts[rec.snippet] ?? "" }
}

/// Interned strings (author ids, handles, source paths) as small integers.
struct StringTable: Sendable {
    private var ids: [String: Int32] = [:]
    private(set) var strings: [String] = []

    mutating func intern(_ s: String?) -> Int32 {
        guard let s, !s.isEmpty else { return -1 }
        if let i = ids[s] { return i }
        let i = Int32(strings.count)
        ids[s] = i
        strings.append(s)
        return i
    }

    func lookup(_ s: String?) -> Int32 {
        guard let s else { return -1 }
        return ids[s] ?? -1
    }

    subscript(i: Int32) -> String? { i >= 0 ? strings[Int(i)] : nil }
}

/// A feed post, compactly.
struct FeedRecord: Sendable {
    var id: String
    var platform: Platform
    var kind: PostKind
    var authorId: Int32
    var authorHandle: Int32
    var source: Int32
    /// Seconds since 1970, NaN when unknown.
    var created: Double
    var asOf: Double
    var notPublic: Bool
    var features: PostFeatures
    var length: Int32
    var likes: Int32
    var reposts: Int32
    var repliesCount: Int32
    var impressions: Int32
    var postClass: Int8
    var contentKind: Int8
    /// For self-replies and replies: the post answered; for replies also the conversation.
    var replyTo: String?
    var conversation: String?
    /// The link and the snippet, in ``AnalysisInput/texts``.
    var url: TextArena.Ref
    var snippet: TextArena.Ref

    init(_ p: Post, verdict: Verdict?, strings: inout StringTable, texts: inout TextArena) {
        id = p.id
        platform = p.platform
        kind = p.kind
        authorId = strings.intern(p.author?.id)
        authorHandle = strings.intern(p.author?.handle)
        source = strings.intern(p.provenance.source)
        created = p.createdAt?.timeIntervalSince1970 ?? .nan
        asOf = p.metrics.asOf?.timeIntervalSince1970 ?? .nan
        notPublic = !p.flags.isDisjoint(with: [.deleted, .draft, .notAPost, .direct, .possibleResponse, .moderatorDeleted])
        features = PostFeatures.of(p)
        length = Int32(clamping: PostFeatures.length(p.text))
        likes = Self.count(p.metrics.likes)
        reposts = Self.count(p.metrics.reposts)
        repliesCount = Self.count(p.metrics.replies)
        impressions = Self.count(p.metrics.impressions)
        postClass = verdict?.postClass.map { Int8(PostClass.allCases.firstIndex(of: $0)!) } ?? -1
        contentKind = verdict?.contentKind.map { Int8(ContentKind.allCases.firstIndex(of: $0)!) } ?? -1
        replyTo = p.kind == .selfReply || p.kind == .reply ? p.replyTo : nil
        conversation = p.kind == .reply ? p.conversation : nil
        url = texts.add(p.url)
        snippet = texts.add(Snippet.of(p.text, title: p.title, length: AnalysisInput.snippetLength))
    }

    static func count(_ v: Int?) -> Int32 { v.map { Int32(clamping: max(0, $0)) } ?? -1 }

    var createdDate: Date? { created.isNaN ? nil : Date(timeIntervalSince1970: created) }
    var klass: PostClass? { postClass >= 0 ? PostClass.allCases[Int(postClass)] : nil }
    var kindOfContent: ContentKind? { contentKind >= 0 ? ContentKind.allCases[Int(contentKind)] : nil }

    func value(_ o: Outcome) -> Int32 {
        switch o {
        case .replies: return repliesCount
        case .reposts: return reposts
        case .likes: return likes
        }
    }
}

/// Why a reply does not count as genuine engagement (§1.4), in precedence order.
enum RemovalReason: UInt8, CaseIterable, Sendable {
    case none = 0
    case author, pingback, unapproved, flagged, spam, followBack, genericPraise, selfPromotion
    /// The same account replied again (genuine replies count distinct accounts).
    case repeatAccount

    var name: String {
        switch self {
        case .none: return "genuine"
        case .author: return "author"
        case .pingback: return "pingback"
        case .unapproved: return "unapproved"
        case .flagged: return "flagged"
        case .spam: return "spam"
        case .followBack: return "follow-back"
        case .genericPraise: return "generic-praise"
        case .selfPromotion: return "self-promotion"
        case .repeatAccount: return "repeat"
        }
    }
}

/// A reply or comment by someone else, compactly.
struct ReplyRecord: Sendable {
    var id: String
    var platform: Platform
    var replyTo: String?
    var conversation: String?
    /// Interned author id (or handle, or name when neither is known).
    var author: Int32
    var authorHandle: Int32
    var source: Int32
    var byOwner: Bool?
    var reason: RemovalReason
    var classified: Bool

    init(_ p: Post, verdict: Verdict?, authorVerdict: Verdict?, strings: inout StringTable) {
        id = p.id
        platform = p.platform
        replyTo = p.replyTo
        conversation = p.conversation
        let a = p.author
        author = strings.intern(a?.id ?? a?.handle?.lowercased() ?? a?.name.map { "name:" + $0 } ?? a?.url)
        authorHandle = strings.intern(a?.handle?.lowercased())
        source = strings.intern(p.provenance.source)
        byOwner = p.byOwner
        classified = verdict != nil
        reason = Self.reason(p, verdict?.replyClass, authorVerdict?.accountClass)
    }

    static func reason(_ p: Post, _ v: ReplyClass?, _ a: AccountClass?) -> RemovalReason {
        if p.byOwner == true || v == .authorReply { return .author }
        if p.commentType == .pingback || p.commentType == .trackback || v == .pingback || v == .trackback {
            return .pingback
        }
        if let m = p.moderation, m != .approved { return .unapproved }
        if a == .suspectedFake { return .flagged }
        switch v {
        case .spam: return .spam
        case .followBackRequest: return .followBack
        case .genericPraise: return .genericPraise
        case .selfPromotion: return .selfPromotion
        default: return .none
        }
    }
}
