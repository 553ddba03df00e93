import EngageCore
import Foundation

/// Builds a ``Post`` from an ``XV1Status``.
///
/// A retweet shows the original's `retweet_count` with `favorite_count` 0 (FORMATS.md §3.2), so its
/// counts are unknown; `reply_count`/`quote_count` exist only on premium tiers and are unknown
/// elsewhere.
struct XV1PostBuilder {
    /// The path the user gave.
    let source: String
    /// When the counts were read.
    var asOf: Date?

    /// The post of `s`; `invalid-record` when it has no id. A `light` post (the survey pass) skips
    /// rendering text, links and media.
    func post(_ s: XV1Status, at position: JSONRecords.Position, light: Bool = false) throws -> Post {
        guard let id = s.id, !id.isEmpty else {
            throw EngageError(.invalidRecord, "a status without an id: expected \"id_str\" or \"id\"",
                              offset: position.offset, line: position.line)
        }
        let (escaped, entities, mediaLinks) = s.textAndEntities
        let quoted = s.quotedId
        var (text, urls) = (escaped, [String]())
        if !light {
            var links = entities.urls.map {
                XLinkText.Link(start: $0.start, end: $0.end, target: $0.expandedURL ?? $0.url, shortURL: $0.url, isMedia: false)
            }
            links += mediaLinks.map { XLinkText.Link(start: $0.start, end: $0.end, target: $0.url, shortURL: $0.url, isMedia: true) }
            (text, urls) = XLinkText.render(escaped, links: links, quoted: quoted)
        }
        let retweetOf = s.retweeted.first?.id
        let kind = XPostKind.decide(isRetweet: retweetOf != nil || XPostKind.looksLikeRetweet(text),
                                    replyToStatus: s.inReplyToStatus, replyToUser: s.inReplyToUser,
                                    authorId: s.user?.id, ownerId: nil, startsWithMention: text.hasPrefix("@"),
                                    isQuote: quoted != nil || s.isQuote)
        let metrics = ReportedCounts.metrics(kind: kind, likes: s.favoriteCount, reposts: s.retweetCount, replies: s.replyCount,
                                             quotes: s.quoteCount, createdAt: nil, asOf: asOf)
        var flags: PostFlags = []
        if kind == .repost, text.hasSuffix("…") { flags.insert(.truncated) }
        let media = light ? [] : mediaLinks.map { l -> Media in
            let kind: Media.Kind
            switch l.mediaType {
            case "photo": kind = .photo
            case "video": kind = .video
            case "animated_gif": kind = .gif
            default: kind = .other
            }
            return Media(kind: kind, url: l.mediaURL ?? l.expandedURL, altText: l.altText)
        }
        let handle = s.user?.screenName
        return Post(platform: .x, id: id, author: s.user?.ref, createdAt: s.createdAt.flatMap(DateParser.parse), text: text,
                    kind: kind, replyTo: s.inReplyToStatus, replyToUser: s.inReplyToUser, quoted: quoted,
                    repostOf: retweetOf,
                    url: handle.map { "https://twitter.com/\($0)/status/\(id)" } ?? "https://twitter.com/i/web/status/\(id)",
                    urls: urls, hashtags: entities.hashtags, mentions: entities.mentions, media: media, lang: s.lang,
                    client: XClientName.from(s.source), metrics: metrics, flags: flags,
                    provenance: Provenance(source: source, offset: position.offset, line: position.line))
    }
}
