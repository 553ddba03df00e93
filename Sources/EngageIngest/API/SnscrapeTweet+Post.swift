import EngageCore
import Foundation

extension SnscrapeTweet {
    /// The post: `rawContent` (HTML-escaped, t.co links) rendered with `links`; retweet counts unknown
    /// (they are the original's), `viewCount` 0 before December 2022 unknown.
    func post(source: String, asOf: Date?, at position: JSONRecords.Position, light: Bool = false) throws -> Post {
        guard let id, !id.isEmpty else {
            throw EngageError(.invalidRecord, "a tweet without an id: expected \"id\" or \"url\"", offset: position.offset,
                              line: position.line)
        }
        let escaped = rawContent ?? content ?? renderedContent ?? ""
        var xlinks = links.map { XLinkText.Link(start: $0.start, end: $0.end, target: $0.url ?? $0.tcourl, shortURL: $0.tcourl, isMedia: false) }
        if !media.isEmpty, let tail = Self.trailingShortLink(escaped), !links.contains(where: { $0.tcourl == tail }) {
            xlinks.append(XLinkText.Link(start: nil, end: nil, target: nil, shortURL: tail, isMedia: true))
        }
        let quotedId = quoted.first?.id
        var (text, urls) = (escaped, [String]())
        if !light {
            (text, urls) = XLinkText.render(escaped, links: xlinks, quoted: quotedId)
            if links.isEmpty { urls = outlinks }
        }
        let retweetOf = retweeted.first?.id
        let kind = XPostKind.decide(isRetweet: retweetOf != nil || XPostKind.looksLikeRetweet(text),
                                    replyToStatus: inReplyToTweetId, replyToUser: inReplyToUser?.id,
                                    authorId: user?.id, ownerId: nil, startsWithMention: text.hasPrefix("@"),
                                    isQuote: quotedId != nil)
        let createdAt = date.flatMap(DateParser.parse)
        let metrics = ReportedCounts.metrics(kind: kind, likes: likeCount, reposts: retweetCount, replies: replyCount,
                                             quotes: quoteCount, impressions: viewCount, createdAt: createdAt, asOf: asOf)
        let handle = user?.username
        var flags: PostFlags = []
        if kind == .repost, text.hasSuffix("…") { flags.insert(.truncated) }
        return Post(platform: .x, id: id, author: user?.ref, createdAt: createdAt, text: text, kind: kind,
                    replyTo: inReplyToTweetId, replyToUser: inReplyToUser?.id, conversation: conversationId,
                    quoted: quotedId, repostOf: retweetOf,
                    url: url ?? handle.map { "https://twitter.com/\($0)/status/\(id)" }, urls: urls,
                    hashtags: hashtags, mentions: mentions, media: media, lang: lang,
                    client: sourceLabel ?? XClientName.from(source), metrics: metrics, flags: flags,
                    provenance: Provenance(source: source, offset: position.offset, line: position.line))
    }

    /// A `https://t.co/…` link ending the text (the media link snscrape leaves in `rawContent`).
    static func trailingShortLink(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let r = trimmed.range(of: "https://t.co/", options: .backwards) else { return nil }
        let tail = trimmed[r.lowerBound...]
        return tail.contains(where: { $0.isWhitespace }) ? nil : String(tail)
    }
}
