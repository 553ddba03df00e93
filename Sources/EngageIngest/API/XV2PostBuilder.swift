import EngageCore
import Foundation

/// Builds a ``Post`` from an ``XV2Tweet`` with the page's users and media.
///
/// Counts follow ``ReportedCounts``: a retweet's are unknown, a pre-December-2022 `impression_count`
/// of 0 is unknown.
struct XV2PostBuilder {
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

    /// The post of `t`; `invalid-record` when it has no id. A `light` post (the survey pass) has its
    /// identity, author, kind and thread fields only, and its text unrendered.
    func post(_ t: XV2Tweet, at position: JSONRecords.Position, light: Bool = false) throws -> Post {
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
        var (text, urls) = (escaped, [String]())
        if !light {
            let links = entities.urls.map {
                XLinkText.Link(start: $0.start, end: $0.end, target: $0.expandedURL ?? $0.url, shortURL: $0.url,
                               isMedia: Self.isMedia($0))
            }
            (text, urls) = XLinkText.render(escaped, links: links, quoted: quoted)
        }

        let isRetweet = t.reference("retweeted") != nil || (t.references.isEmpty && XPostKind.looksLikeRetweet(text))
        let kind = XPostKind.decide(isRetweet: isRetweet, replyToStatus: t.reference("replied_to"),
                                    replyToUser: t.inReplyToUserId, authorId: t.authorId ?? user?.id, ownerId: nil,
                                    startsWithMention: text.hasPrefix("@"), isQuote: quoted != nil)
        let n = t.counts
        let metrics = ReportedCounts.metrics(kind: kind, likes: n?.likes, reposts: n?.retweets, replies: n?.replies,
                                             quotes: n?.quotes, impressions: n?.impressions, createdAt: createdAt, asOf: asOf)
        var flags: PostFlags = []
        if long { flags.insert(.longPost) }
        if t.editHistory.count > 1, t.editHistory.last == id { flags.insert(.edited) }
        if kind == .repost, text.hasSuffix("…") { flags.insert(.truncated) }
        let media = light ? [] : t.media.isEmpty ? t.mediaKeys.compactMap { self.media[$0]?.media } : t.media.map(\.media)
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
