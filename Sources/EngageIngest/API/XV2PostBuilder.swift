import EngageCore
import Foundation

/// Builds a ``Post`` from an ``XV2Tweet`` with the page's users and media.
///
/// The zero rules of FORMATS.md §3.1: a retweet carries the original's `retweet_count` with like,
/// reply and quote counts of 0, so every count of a retweet is unknown; `impression_count` is 0 on
/// every tweet created before December 2022, so a 0 there is unknown too.
struct XV2PostBuilder {
    /// Tweets created before this date report `impression_count: 0` meaning unknown.
    static let impressionsSince = DateParser.make(2022, 12, 1, 0, 0, 0, 0, 0)!

    /// Users by id (includes and flattened authors).
    var users: [String: XV2User] = [:]
    /// Media by key.
    var media: [String: XV2Media] = [:]
    /// When the counts were read.
    var asOf: Date?
    /// The path the user gave.
    let source: String

    init(source: String) {
        self.source = source
    }

    /// The post of `t`; `invalid-record` when it has no id.
    func post(_ t: XV2Tweet, at position: JSONRecords.Position) throws -> Post {
        guard let id = t.id, !id.isEmpty else {
            throw EngageError(.invalidRecord, "a tweet without an id: expected \"id\"", offset: position.offset,
                              line: position.line)
        }
        let user = t.author ?? t.authorId.flatMap { users[$0] }
        let author: AuthorRef? = user?.ref ?? t.authorId.map { AuthorRef(id: $0) }
        let createdAt = t.createdAt.flatMap(DateParser.parse)
        let long = t.noteText != nil
        let escaped = t.noteText ?? t.text ?? ""
        let entities = long ? (t.noteEntities ?? t.entities) : t.entities
        let quoted = t.reference("quoted")
        let links = entities.urls.map {
            XLinkText.Link(start: $0.start, end: $0.end, target: $0.expandedURL ?? $0.url, shortURL: $0.url,
                           isMedia: Self.isMedia($0))
        }
        let (text, urls) = XLinkText.render(escaped, links: links, quoted: quoted)

        let isRetweet = t.reference("retweeted") != nil || (t.references.isEmpty && XPostKind.looksLikeRetweet(text))
        let kind = XPostKind.decide(isRetweet: isRetweet, replyToStatus: t.reference("replied_to"),
                                    replyToUser: t.inReplyToUserId, authorId: t.authorId ?? user?.id, ownerId: nil,
                                    startsWithMention: text.hasPrefix("@"), isQuote: quoted != nil)
        var metrics = Metrics(asOf: asOf)
        if kind != .repost, let n = t.counts {
            metrics.likes = n.likes
            metrics.reposts = n.retweets
            metrics.replies = n.replies
            metrics.quotes = n.quotes
            if let i = n.impressions, i > 0 || (createdAt.map { $0 >= Self.impressionsSince } ?? false) {
                metrics.impressions = i
            }
        }
        var flags: PostFlags = []
        if long { flags.insert(.longPost) }
        if t.editHistory.count > 1, t.editHistory.last == id { flags.insert(.edited) }
        if kind == .repost, text.hasSuffix("…") { flags.insert(.truncated) }
        let media = t.media.isEmpty ? t.mediaKeys.compactMap { self.media[$0]?.media } : t.media.map(\.media)
        let handle = user?.username
        return Post(platform: .x, id: id, author: author, createdAt: createdAt, text: text, kind: kind,
                    replyTo: t.reference("replied_to"), replyToUser: t.inReplyToUserId, conversation: t.conversationId,
                    quoted: quoted, repostOf: t.reference("retweeted"),
                    url: handle.map { "https://twitter.com/\($0)/status/\(id)" } ?? "https://twitter.com/i/web/status/\(id)",
                    urls: urls, hashtags: entities.hashtags, mentions: entities.mentions, media: media, lang: t.lang,
                    client: XClientName.from(t.source), metrics: metrics, flags: flags,
                    provenance: Provenance(source: source, offset: position.offset, line: position.line))
    }

    static func isMedia(_ u: XV2Tweet.URLEntity) -> Bool {
        if u.mediaKey != nil { return true }
        guard let d = u.displayURL else { return false }
        return d.hasPrefix("pic.twitter.com/") || d.hasPrefix("pic.x.com/")
    }
}
