import Foundation

/// One post, reply or comment, normalised from any source.
///
/// Replies and comments are posts whose ``replyTo`` names another post. Text is what a person reads:
/// HTML entities decoded, markup removed, but links kept as they appear (t.co links included for X).
public struct Post: Sendable, Hashable, Codable {
    /// Where the post lives.
    public var platform: Platform
    /// The platform's id, always a string (X ids exceed 2^53).
    public var id: String
    /// Who wrote it.
    public var author: AuthorRef?
    /// When it was published (UTC). nil when the source has no readable date.
    public var createdAt: Date?
    /// The text as a person reads it.
    public var text: String
    /// A title (blog posts), when there is one.
    public var title: String?
    /// Original, reply, self-reply, repost or quote.
    public var kind: PostKind
    /// The id of the post this one answers (reply, self-reply, comment).
    public var replyTo: String?
    /// The user id this one answers, when the source says (X `in_reply_to_user_id_str`).
    public var replyToUser: String?
    /// The thread root (X `conversation_id`, the blog post of a comment).
    public var conversation: String?
    /// The quoted post's id (or its URL when only the URL is known).
    public var quoted: String?
    /// The reposted post's id (or URL), for reposts.
    public var repostOf: String?
    /// The post's own permalink, when known.
    public var url: String?
    /// Links in the post, expanded where the source gives the expansion.
    public var urls: [String]
    /// Hashtags without `#`.
    public var hashtags: [String]
    /// Mentioned handles without `@`.
    public var mentions: [String]
    /// Attachments.
    public var media: [Media]
    /// Language code as the source gives it (`en`, `und`, `qme`…).
    public var lang: String?
    /// The client or tool that wrote it (`Twitter Web App`).
    public var client: String?
    /// Engagement counts; unknown stays nil.
    public var metrics: Metrics
    /// For blog comments: comment, pingback or trackback.
    public var commentType: CommentType?
    /// For blog comments: approved, pending, spam or trash.
    public var moderation: ModerationStatus?
    /// True when the owner of the analysed feed wrote this reply or comment (an author reply).
    public var byOwner: Bool?
    /// A spam label the source itself carries (Akismet's verdict with human corrections, Disqus
    /// `isSpam`), used as a label, never as engage's own verdict.
    public var sourceSpamLabel: Bool?
    /// Flags that change how the post is counted.
    public var flags: PostFlags
    /// Where it came from.
    public var provenance: Provenance

    /// Creates a post. Only platform, id, text, kind and provenance are required.
    public init(platform: Platform, id: String, author: AuthorRef? = nil, createdAt: Date? = nil,
                text: String, title: String? = nil, kind: PostKind = .original, replyTo: String? = nil,
                replyToUser: String? = nil, conversation: String? = nil, quoted: String? = nil,
                repostOf: String? = nil, url: String? = nil, urls: [String] = [], hashtags: [String] = [],
                mentions: [String] = [], media: [Media] = [], lang: String? = nil, client: String? = nil,
                metrics: Metrics = Metrics(), commentType: CommentType? = nil,
                moderation: ModerationStatus? = nil, byOwner: Bool? = nil, sourceSpamLabel: Bool? = nil,
                flags: PostFlags = [], provenance: Provenance) {
        self.platform = platform
        self.id = id
        self.author = author
        self.createdAt = createdAt
        self.text = text
        self.title = title
        self.kind = kind
        self.replyTo = replyTo
        self.replyToUser = replyToUser
        self.conversation = conversation
        self.quoted = quoted
        self.repostOf = repostOf
        self.url = url
        self.urls = urls
        self.hashtags = hashtags
        self.mentions = mentions
        self.media = media
        self.lang = lang
        self.client = client
        self.metrics = metrics
        self.commentType = commentType
        self.moderation = moderation
        self.byOwner = byOwner
        self.sourceSpamLabel = sourceSpamLabel
        self.flags = flags
        self.provenance = provenance
    }

    /// The identity used to merge records seen in several files: platform and id.
    public var key: PostKey { PostKey(platform: platform, id: id) }

    /// True for the feed owner's own posts (originals, replies, threads, reposts, quotes); false for
    /// replies by others and for blog comments of any author (author replies included).
    public var isFeedPost: Bool { commentType == nil && byOwner != false }
}

/// Platform + id: one record however many files it appears in.
public struct PostKey: Sendable, Hashable, Codable {
    public var platform: Platform
    public var id: String
    public init(platform: Platform, id: String) {
        self.platform = platform
        self.id = id
    }
}
