import EngageCore
import Foundation

/// Turns scanned tweet objects (``XTweetObject``) of one archive into ``Post``s: the text a person
/// reads, the kind, links, mentions, media, counts and provenance.
struct XPostBuilder {
    /// The path the user gave.
    let sourcePath: String
    /// The archive owner, when known.
    var owner: Account?
    /// When the counts were read (manifest generation date, else the file date).
    var countsAsOf: Date?

    init(sourcePath: String, owner: Account? = nil, countsAsOf: Date? = nil) {
        self.sourcePath = sourcePath
        self.owner = owner
        self.countsAsOf = countsAsOf
    }

    /// Builds the post of tweet `t`.
    ///
    /// - Parameters:
    ///   - id: the tweet's id (`t.id`, checked by the caller).
    ///   - entry: the file inside the archive (nil for a lone file).
    ///   - offset: the byte offset of the tweet object; `line` the CSV row, if any.
    ///   - flags: flags the file implies (`deleted`, `restricted`, `edited`).
    ///   - note: the long post that completes this tweet, if any.
    ///   - countsKnown: false when the source's zeros mean unknown (deleted tweets, older edit versions).
    func build(_ t: XTweetObject, id: String, entry: String?, offset: Int?, line: Int? = nil, flags: PostFlags = [],
               note: XNoteTweets.Note? = nil, countsKnown: Bool = true) -> Post {
        let escaped = t.text ?? ""
        let isRetweet = t.retweeted != nil || XPostKind.looksLikeRetweet(escaped)

        // A quote shows up only as the last link, pointing at another tweet's status URL.
        var quoteLink: Int?
        var quotedId = t.quotedStatus.flatMap { $0.isEmpty ? nil : $0 }
        if let last = t.links.indices.last, let e = t.links[last].expanded, let s = XStatusURL.parse(e), s.id != id {
            quoteLink = last
            if quotedId == nil { quotedId = s.id }
        }
        let isQuote = quotedId != nil

        var text: String
        var urls: [String]
        var hashtags = t.hashtags
        var mentions = t.mentions.compactMap(\.handle)
        var postFlags = flags
        if let note {
            text = note.renderedText
            urls = note.urls
            if !note.hashtags.isEmpty || hashtags.isEmpty { hashtags = note.hashtags }
            if !note.mentions.isEmpty || mentions.isEmpty { mentions = note.mentions }
            postFlags.insert(.longPost)
            // The note's links are authoritative; the truncated tweet only adds the quoted post's link
            // (its other link is the "show more" link to itself).
            if let q = quoteLink, let u = t.links[q].expanded, !urls.contains(u) { urls.append(u) }
        } else {
            text = XTweetText.render(escaped: escaped, spans: spans(t, quoteLink: quoteLink, escaped: escaped))
            urls = t.links.compactMap { $0.expanded ?? $0.url }
        }
        if isRetweet {
            if mentions.isEmpty, let h = Self.retweetedHandle(escaped) { mentions = [h] }
            if text.hasSuffix("…") { postFlags.insert(.truncated) }
        }

        let ownerId = owner?.id
        var effectiveOwner = ownerId
        if effectiveOwner == nil, let h = owner?.handle, let rh = t.replyToHandle, h.caseInsensitiveCompare(rh) == .orderedSame {
            effectiveOwner = t.replyToUser
        }
        let kind = XPostKind.decide(isRetweet: isRetweet, replyToStatus: t.replyToStatus, replyToUser: t.replyToUser,
                                    authorId: t.user?.id, ownerId: effectiveOwner,
                                    startsWithMention: escaped.utf8.first == UInt8(ascii: "@"), isQuote: isQuote)

        let author: AuthorRef?
        if let u = t.user {
            author = AuthorRef(id: u.id, handle: u.handle, name: u.name)
        } else {
            author = owner.map { AuthorRef(id: $0.id, handle: $0.handle, name: $0.name) }
        }

        var metrics = Metrics()
        if countsKnown, !isRetweet, t.likes != nil || t.reposts != nil {
            metrics = Metrics(likes: t.likes, reposts: t.reposts, asOf: countsAsOf)
        }

        let handle = author?.handle
        let url = handle.map { "https://twitter.com/\($0)/status/\(id)" } ?? "https://twitter.com/i/web/status/\(id)"

        return Post(platform: .x, id: id, author: author, createdAt: t.createdAt, text: text, kind: kind,
                    replyTo: nonEmpty(t.replyToStatus), replyToUser: nonEmpty(t.replyToUser), quoted: quotedId,
                    repostOf: t.retweeted?.id, url: url, urls: urls, hashtags: hashtags, mentions: mentions,
                    media: t.media.map(Self.media), lang: t.lang, client: t.client,
                    metrics: metrics, byOwner: true, flags: postFlags,
                    provenance: Provenance(source: sourcePath, entry: entry, offset: offset, line: line))
    }

    /// The replacements that turn the escaped text into readable text: t.co links become their
    /// expansions; media links and a trailing link to the quoted post are removed.
    func spans(_ t: XTweetObject, quoteLink: Int?, escaped: String) -> [XTweetText.Span] {
        var out: [XTweetText.Span] = []
        out.reserveCapacity(t.links.count + t.media.count)
        var trailingFrom: Int?
        if quoteLink != nil {
            // The scalar count of the text without trailing whitespace: a quote link ending there trails.
            var n = escaped.unicodeScalars.count
            for s in escaped.unicodeScalars.reversed() {
                guard s.properties.isWhitespace else { break }
                n -= 1
            }
            trailingFrom = n
        }
        for (i, l) in t.links.enumerated() where l.start >= 0 && l.end >= l.start {
            if i == quoteLink, let n = trailingFrom, l.end >= n {
                out.append(.init(start: l.start, end: l.end, replacement: ""))
            } else if let e = l.expanded, !e.isEmpty {
                out.append(.init(start: l.start, end: l.end, replacement: e))
            }
        }
        var removed = Set<Int>()
        for m in t.media where m.start >= 0 && m.end >= m.start && removed.insert(m.start).inserted {
            out.append(.init(start: m.start, end: m.end, replacement: ""))
        }
        return out
    }

    static func media(_ m: XTweetObject.MediaItem) -> Media {
        let kind: Media.Kind
        switch m.type {
        case "photo": kind = .photo
        case "video": kind = .video
        case "animated_gif": kind = .gif
        default: kind = .other
        }
        return Media(kind: kind, url: m.mediaURL ?? m.expanded)
    }

    /// `RT @handle: …` → `handle`.
    static func retweetedHandle(_ text: String) -> String? {
        guard text.hasPrefix("RT @") else { return nil }
        let rest = text.dropFirst(4)
        let h = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        return h.isEmpty ? nil : String(h)
    }

    func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s
    }
}
