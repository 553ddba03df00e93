/// What a post is relative to other posts, in order of precedence.
///
/// A post that is several things at once takes the first that applies: a retweet of a reply is a
/// `repost`; a reply that quotes another post is a `reply` (or `selfReply`).
public enum PostKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Someone else's post shared unchanged: an X retweet (text `RT @…` or an embedded retweeted
    /// status), a Mastodon boost. Its counts belong to the original.
    case repost
    /// A reply to the owner's own post: a thread continuation.
    case selfReply
    /// A reply to someone else's post, or an old-style reply (text starting with `@user`).
    case reply
    /// A post that quotes another post (a quoted status, or a link to another post's status URL).
    case quote
    /// Everything else: the owner's own content.
    case original

    /// The JSON/CLI spelling used in reports (`selfReply`, `repost`, …).
    public var name: String { rawValue }
}
