import EngageCore

extension Post {
    /// One record from two readings of the same post (same platform and id) in different files.
    ///
    /// Counts: the newer reading per metric, with its as-of time (``Metrics/merged(with:)``). Text: a
    /// complete text wins over a truncated retweet text or a long post's preview. Everything else:
    /// this record's value, completed by the other's where this one has none; flags are united;
    /// `byOwner` is true when either reading says so.
    func merged(with other: Post) -> Post {
        var m = self
        m.metrics = metrics.merged(with: other.metrics)
        let selfComplete = !flags.contains(.truncated) && (flags.contains(.longPost) || !other.flags.contains(.longPost))
        if (!selfComplete && !other.flags.contains(.truncated)) || text.isEmpty {
            m.text = other.text
            m.urls = other.urls.isEmpty ? urls : other.urls
            m.hashtags = other.hashtags.isEmpty ? hashtags : other.hashtags
            m.mentions = other.mentions.isEmpty ? mentions : other.mentions
            m.flags.remove(.truncated)
        }
        m.author = Self.merge(author, other.author)
        m.createdAt = createdAt ?? other.createdAt
        m.title = title ?? other.title
        m.replyTo = replyTo ?? other.replyTo
        m.replyToUser = replyToUser ?? other.replyToUser
        m.conversation = conversation ?? other.conversation
        m.quoted = quoted ?? other.quoted
        m.repostOf = repostOf ?? other.repostOf
        m.url = url ?? other.url
        if m.urls.isEmpty { m.urls = other.urls }
        if m.hashtags.isEmpty { m.hashtags = other.hashtags }
        if m.mentions.isEmpty { m.mentions = other.mentions }
        if m.media.isEmpty { m.media = other.media }
        m.lang = lang ?? other.lang
        m.client = client ?? other.client
        m.commentType = commentType ?? other.commentType
        m.moderation = moderation ?? other.moderation
        m.sourceSpamLabel = sourceSpamLabel ?? other.sourceSpamLabel
        if byOwner == true || other.byOwner == true {
            m.byOwner = true
        } else {
            m.byOwner = byOwner ?? other.byOwner
        }
        m.flags.formUnion(other.flags.subtracting([.truncated, .dateApproximate, .orphan]))
        if m.createdAt != nil, !(flags.contains(.dateApproximate) && other.flags.contains(.dateApproximate)) {
            m.flags.remove(.dateApproximate)
        }
        return m
    }

    private static func merge(_ a: AuthorRef?, _ b: AuthorRef?) -> AuthorRef? {
        guard let a else { return b }
        guard let b else { return a }
        return AuthorRef(id: a.id ?? b.id, handle: a.handle ?? b.handle, name: a.name ?? b.name, url: a.url ?? b.url)
    }
}
