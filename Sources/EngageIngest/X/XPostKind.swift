import EngageCore

/// The kind rules for X posts, shared by archives, API JSON and scrapers, in the order of precedence
/// of ``PostKind``: repost, selfReply, reply, quote, original.
public enum XPostKind {
    /// Decides the kind of an X post.
    ///
    /// - Parameters:
    ///   - isRetweet: an embedded retweeted status, a `retweeted` reference, or text starting `RT @`.
    ///   - replyToStatus: `in_reply_to_status_id_str` (or the `replied_to` reference).
    ///   - replyToUser: `in_reply_to_user_id_str`.
    ///   - authorId: the post's author, when known (archives: the owner).
    ///   - ownerId: the feed owner's id, when known.
    ///   - startsWithMention: the text begins with `@` (an old-style reply when a user id is set but no status).
    ///   - isQuote: a quoted status, or a status link as the last URL.
    public static func decide(isRetweet: Bool, replyToStatus: String?, replyToUser: String?, authorId: String?,
                              ownerId: String?, startsWithMention: Bool, isQuote: Bool) -> PostKind {
        if isRetweet { return .repost }
        let hasStatus = !(replyToStatus ?? "").isEmpty
        let hasUser = !(replyToUser ?? "").isEmpty
        if hasStatus {
            let me = authorId ?? ownerId
            if let me, let u = replyToUser, u == me { return .selfReply }
            return .reply
        }
        if hasUser && startsWithMention { return .reply }
        if isQuote { return .quote }
        return .original
    }

    /// True when `text` starts with `RT @` (the old manual and archive retweet form).
    public static func looksLikeRetweet(_ text: String) -> Bool {
        text.hasPrefix("RT @")
    }
}
